// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.spi;

import java.time.Instant;
import java.util.Objects;
import org.kasuhara.cases.webhooks.WebhookEventType;

/**
 * An event to log.
 *
 * @param key           unique per event: {@code audit:<sequence>} for a change, {@code due:<receipt>} and
 *                      {@code overdue:<receipt>} for deadlines
 * @param auditSequence the audit entry it comes from, or {@code null}
 * @param webhookId     the {@code webhook-id} receivers see on every attempt ({@code msg_…})
 * @param type          the event type
 * @param receipt       the case's receipt number
 * @param payload       the JSON body, without personal data
 * @param at            when it was logged
 */
public record OutboxEvent(String key, Long auditSequence, String webhookId, WebhookEventType type, String receipt,
                          String payload, Instant at) {
    /** Checks the fields. */
    public OutboxEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }
}
