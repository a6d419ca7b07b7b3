// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;

/**
 * The body of a Freshdesk automation rule's "Trigger webhook" action (Freshdesk support article "Using webhooks in
 * automation rules"), as the recipe in docs/helpdesk.md sets it up: JSON content under {@code freshdesk_webhook} with
 * the ticket placeholders {@code ticket_id}, {@code ticket_subject}, {@code ticket_description} (HTML),
 * {@code ticket_source}, {@code ticket_created_at} (optional) and the requester's {@code ticket_requester_name},
 * {@code ticket_requester_email} and {@code ticket_requester_phone}.
 */
final class FreshdeskWebhook implements HelpdeskTicket {
    private static final String ROOT = "freshdesk_webhook";

    @Override
    public Case toCase(JsonNode payload, OffsetDateTime now) throws InvalidPayload {
        Payload.object(payload, ROOT);
        String id = Payload.required(payload, ROOT + ".ticket_id");
        String created = Payload.text(payload, ROOT + ".ticket_created_at");
        Applicant applicant = new Applicant(null, Payload.text(payload, ROOT + ".ticket_requester_name"),
                Payload.text(payload, ROOT + ".ticket_requester_phone"),
                Payload.text(payload, ROOT + ".ticket_requester_email"), null, null, null);
        String description = Payload.text(payload, ROOT + ".ticket_description");
        return Tickets.toCase("freshdesk", id, ROOT + ".ticket_id", created == null ? now : time(created),
                ROOT + ".ticket_created_at", channel(Payload.text(payload, ROOT + ".ticket_source")),
                Payload.text(payload, ROOT + ".ticket_subject"),
                description == null ? null : HtmlText.plain(description), applicant);
    }

    /**
     * An ISO-8601 time, or a bare {@code yyyy-MM-dd HH:mm:ss} taken as UTC. Without {@code ticket_created_at} the
     * time of delivery stands in: the rule fires when the ticket is created.
     */
    private static OffsetDateTime time(String text) throws InvalidPayload {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}")) {
            return LocalDateTime.parse(text.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        }
        return Payload.time(text, ROOT + ".ticket_created_at");
    }

    /** Freshdesk's ticket sources by name; others (forum, outbound e-mail, feedback widget…) count as a web form. */
    static Channel channel(String source) {
        if (source == null) {
            return Channel.WEB_FORM;
        }
        return switch (source.strip().toLowerCase(Locale.ROOT)) {
            case "email", "outbound email" -> Channel.EMAIL;
            case "phone" -> Channel.PHONE;
            case "chat", "whatsapp", "ecommerce" -> Channel.CHAT;
            case "twitter", "facebook", "instagram", "line" -> Channel.SNS;
            default -> Channel.WEB_FORM;
        };
    }
}
