// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.spi.OutboxEvent;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;

/**
 * The events' bodies, in the shape the Standard Webhooks specification suggests ({@code type}, {@code timestamp},
 * {@code data}). {@code data} names the case by receipt, case id and organisation and carries only figures of the
 * lifecycle: status, verdict, severity, police report, deadline, outcome. Never the applicant's name or contact
 * details, staff handles, or any text of the case.
 */
public final class EventPayloads {
    private EventPayloads() {
    }

    /** @param entry an audit entry @return the event type it raises, if any */
    public static Optional<WebhookEventType> typeOf(AuditEntry entry) {
        return switch (entry.action()) {
            case ASSESSED -> Optional.of(WebhookEventType.CASE_ASSESSED);
            case REPORTED -> Optional.of(WebhookEventType.CASE_REPORTED);
            case CLOSED -> Optional.of(WebhookEventType.CASE_CLOSED);
            default -> Optional.empty();
        };
    }

    /**
     * @param entry  the audit entry of a change
     * @param stored the case as it is now
     * @param now    when the event is logged
     * @return the event
     */
    public static OutboxEvent ofChange(AuditEntry entry, StoredCase stored, Instant now) {
        WebhookEventType type = typeOf(entry).orElseThrow();
        return new OutboxEvent("audit:" + entry.sequence(), entry.sequence(), newId(), type, stored.receipt(),
                body(type, entry.at(), stored, entry.to().name()), now);
    }

    /**
     * @param type   {@link WebhookEventType#CASE_DUE} or {@link WebhookEventType#CASE_OVERDUE}
     * @param stored the case
     * @param now    when the event is logged
     * @return the event, keyed once per case and type
     */
    public static OutboxEvent ofDeadline(WebhookEventType type, StoredCase stored, Instant now) {
        String key = (type == WebhookEventType.CASE_DUE ? "due:" : "overdue:") + stored.receipt();
        return new OutboxEvent(key, null, newId(), type, stored.receipt(),
                body(type, now, stored, stored.status().name()), now);
    }

    private static String body(WebhookEventType type, Instant at, StoredCase stored, String status) {
        ObjectNode root = KasuharaJson.mapper().createObjectNode();
        root.put("type", type.type());
        root.put("timestamp", at.toString());
        ObjectNode data = root.putObject("data");
        data.put("receipt", stored.receipt());
        data.put("caseId", stored.caseId());
        if (stored.organization() != null) {
            data.put("organization", stored.organization());
        }
        data.put("status", status);
        data.put("reportDueBy", stored.reportDueBy().toString());
        stored.latestAssessment().ifPresent(e -> {
            Assessment a = e.assessment();
            data.put("verdict", a.verdict().name());
            data.put("severity", a.severity().name());
            data.put("policeReport", a.policeReport());
        });
        if (type == WebhookEventType.CASE_REPORTED && stored.reportedOn() != null) {
            data.put("reportedOn", stored.reportedOn().toString());
        }
        if (type == WebhookEventType.CASE_CLOSED && stored.outcome() != null) {
            data.put("outcome", stored.outcome().name());
        }
        try {
            return KasuharaJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
