// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;

/**
 * A ServiceNow record (an incident or a customer service case) as the recipe's business rule posts it through
 * {@code sn_ws.RESTMessageV2}: the Table API's shape (ServiceNow REST API reference, "Table API"), a
 * {@code result} object with the columns {@code number}, {@code opened_at} (the stored UTC value,
 * {@code yyyy-MM-dd HH:mm:ss}), {@code contact_type}, {@code short_description}, {@code description} and the
 * caller's {@code caller_name}, {@code caller_email} and {@code caller_phone}.
 */
final class ServiceNowRecord implements HelpdeskTicket {
    @Override
    public Case toCase(JsonNode payload, OffsetDateTime now) throws InvalidPayload {
        Payload.object(payload, "result");
        String number = Payload.required(payload, "result.number");
        String opened = Payload.required(payload, "result.opened_at");
        Applicant applicant = new Applicant(null, Payload.text(payload, "result.caller_name"),
                Payload.text(payload, "result.caller_phone"), Payload.text(payload, "result.caller_email"),
                null, null, null);
        return Tickets.toCase("servicenow", number, "result.number", time(opened), "result.opened_at",
                channel(Payload.text(payload, "result.contact_type")),
                Payload.text(payload, "result.short_description"), Payload.text(payload, "result.description"),
                applicant);
    }

    private static OffsetDateTime time(String text) throws InvalidPayload {
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Payload.time(text, "result.opened_at");
        }
    }

    /** ServiceNow's {@code contact_type} choices; self-service and others count as a web form. */
    static Channel channel(String contactType) {
        if (contactType == null) {
            return Channel.WEB_FORM;
        }
        return switch (contactType) {
            case "phone" -> Channel.PHONE;
            case "email" -> Channel.EMAIL;
            case "walk-in" -> Channel.IN_PERSON;
            case "chat", "virtual_agent" -> Channel.CHAT;
            case "social" -> Channel.SNS;
            default -> Channel.WEB_FORM;
        };
    }
}
