// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;

/**
 * Zendesk's ticket-created webhook event (Zendesk developer documentation, "Ticket events" of the webhook event
 * types): {@code type} {@code zen:event-type:ticket.created}, the ticket in {@code detail} with {@code id},
 * {@code created_at}, {@code subject}, {@code description}, {@code requester_id} and {@code via.channel}. The event
 * carries no requester name or contact details, so the case's applicant holds only the requester's id.
 */
final class ZendeskTicketEvent implements HelpdeskTicket {
    static final String TICKET_CREATED = "zen:event-type:ticket.created";

    @Override
    public Case toCase(JsonNode payload, OffsetDateTime now) throws InvalidPayload {
        String type = Payload.required(payload, "type");
        if (!type.equals(TICKET_CREATED)) {
            throw new InvalidPayload("type", "expected " + TICKET_CREATED + " (subscribe the webhook to that event"
                    + " only)");
        }
        Payload.object(payload, "detail");
        String id = Payload.required(payload, "detail.id");
        String created = Payload.required(payload, "detail.created_at");
        String requester = Payload.text(payload, "detail.requester_id");
        Applicant applicant = new Applicant(null, null, null, null, requester == null ? null : "zendesk:" + requester,
                null, null);
        return Tickets.toCase("zendesk", id, "detail.id", Payload.time(created, "detail.created_at"),
                "detail.created_at", channel(Payload.text(payload, "detail.via.channel")),
                Payload.text(payload, "detail.subject"), Payload.text(payload, "detail.description"), applicant);
    }

    /** Zendesk's {@code via.channel} values; API, rules and unknown sources count as a web form. */
    static Channel channel(String via) {
        if (via == null) {
            return Channel.WEB_FORM;
        }
        return switch (via) {
            case "email" -> Channel.EMAIL;
            case "voice", "phone_call_inbound", "phone_call_outbound" -> Channel.PHONE;
            case "voicemail" -> Channel.VOICEMAIL;
            case "chat", "chat_transcript", "native_messaging", "messaging", "sms" -> Channel.CHAT;
            case "twitter", "facebook", "instagram_dm", "whatsapp", "line", "any_channel" -> Channel.SNS;
            default -> Channel.WEB_FORM;
        };
    }
}
