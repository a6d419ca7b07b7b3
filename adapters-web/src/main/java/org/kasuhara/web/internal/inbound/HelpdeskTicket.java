// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.kasuhara.model.Case;

/** A helpdesk's ticket webhook payload, mapped to Case v1. */
public interface HelpdeskTicket {
    /**
     * @param payload the webhook's JSON body
     * @param now     the server's time, for payloads that may leave out when the ticket was opened
     * @return the case the ticket becomes, with id {@code <vendor>-<ticket id>} so a repeated delivery is a
     *         re-submission of the same case
     * @throws InvalidPayload when a field the case needs is missing or malformed
     */
    Case toCase(JsonNode payload, OffsetDateTime now) throws InvalidPayload;

    /**
     * @param vendor {@code zendesk}, {@code freshdesk} or {@code servicenow}
     * @return its mapping, or empty for another name
     */
    static Optional<HelpdeskTicket> forVendor(String vendor) {
        return Optional.ofNullable(switch (vendor) {
            case "zendesk" -> new ZendeskTicketEvent();
            case "freshdesk" -> new FreshdeskWebhook();
            case "servicenow" -> new ServiceNowRecord();
            default -> null;
        });
    }
}
