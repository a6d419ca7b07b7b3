// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the delivery log, for operators: which event went (or is to go) where, and how it went. It holds no
 * personal data and no payload.
 *
 * @param id            the delivery's number in the log
 * @param webhookId     the {@code webhook-id} the receiver sees (the same on every attempt)
 * @param type          the event type
 * @param receipt       the case's receipt number
 * @param endpoint      the endpoint's name
 * @param status        where it stands
 * @param attempts      attempts made so far
 * @param createdAt     when the event was logged
 * @param lastAttemptAt when it was last tried, or {@code null}
 * @param lastStatus    the receiver's last HTTP status, or {@code null} (no answer)
 * @param lastError     why the last attempt failed (e.g. {@code HTTP 500}, {@code timeout}), or {@code null}
 * @param nextAttemptAt when it is tried next, or {@code null} once delivered or failed
 * @param deliveredAt   when the receiver accepted it, or {@code null}
 */
public record DeliveryRecord(long id, String webhookId, WebhookEventType type, String receipt, String endpoint,
                             DeliveryStatus status, int attempts, Instant createdAt, Instant lastAttemptAt,
                             Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    /** Checks the fields. */
    public DeliveryRecord {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
