// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.webhooks.DeliveryRecord;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.internal.InMemoryWebhookOutbox;

/**
 * The webhook delivery log (outbox) beside a case store (SPI). Events come from the store's own audit log, which is
 * written in the same transaction as each change: whatever the store committed — and so every receipt or status it
 * acknowledged — is found by {@link #unloggedChanges} until an event for it is logged, even after a crash. Each event
 * is logged once (its key is unique) with one delivery per endpoint; deliveries are claimed with a lease, so two
 * dispatchers on one database seldom send one twice (receivers de-duplicate by {@code webhook-id} for the rest).
 * Implementations are thread-safe and pass {@code WebhookOutboxContractTest}.
 */
public interface WebhookOutbox {
    /**
     * A log that lives as long as the process, over any store (for tests and the in-memory store): it scans the
     * store's cases on each call.
     *
     * @param store the store whose changes become events
     * @return a new, empty log
     */
    static WebhookOutbox inMemory(CaseStore store) {
        return new InMemoryWebhookOutbox(store);
    }

    /**
     * @param limit at most this many
     * @return audit entries of {@code ASSESSED}, {@code REPORTED} and {@code CLOSED} that no logged event comes from
     *         yet, oldest first
     */
    List<AuditEntry> unloggedChanges(int limit);

    /**
     * Logs an event with a pending delivery for each endpoint, due at once; nothing when an event with its key is
     * logged already.
     *
     * @param event     the event
     * @param endpoints the names of the endpoints that take it (may be empty: the event is still logged)
     * @return whether it was added now
     */
    boolean add(OutboxEvent event, List<String> endpoints);

    /**
     * Takes an endpoint's pending deliveries whose next attempt is due, and moves their next attempt to {@code now + lease} so that
     * nobody else takes them meanwhile (if the sender dies, they come back after the lease).
     *
     * @param endpoint the endpoint's name
     * @param now      the time
     * @param limit    at most this many
     * @param lease    how long they are the caller's
     * @return the claimed deliveries, earliest due first
     */
    List<PendingDelivery> claim(String endpoint, Instant now, int limit, Duration lease);

    /**
     * @param delivery the delivery's id
     * @param at       when the receiver answered
     * @param status   its HTTP status (2xx)
     */
    void delivered(long delivery, Instant at, int status);

    /**
     * Records a failed attempt.
     *
     * @param delivery    the delivery's id
     * @param at          when it failed
     * @param status      the receiver's HTTP status, or {@code null} when it did not answer
     * @param error       why, short and without personal data (e.g. {@code HTTP 500}, {@code timeout})
     * @param nextAttempt when to try again, or {@code null} to give up ({@link DeliveryStatus#FAILED})
     */
    void failed(long delivery, Instant at, Integer status, String error, Instant nextAttempt);

    /**
     * @param status only deliveries in this status, or {@code null} for all
     * @param limit  at most this many
     * @return the log's deliveries, newest first
     */
    List<DeliveryRecord> deliveries(DeliveryStatus status, int limit);

    /**
     * @param delivery a delivery's id
     * @return that delivery, or empty when the log has none with this id
     */
    java.util.Optional<DeliveryRecord> delivery(long delivery);

    /**
     * Sends a {@link DeliveryStatus#FAILED} delivery again: a new series of attempts (counted from zero) starting at
     * {@code now}, with the same {@code webhook-id}. An operator's action once the receiver is fixed.
     *
     * @param delivery the delivery's id
     * @param now      when the first new attempt is due
     * @return whether it was failed and is pending again (false for an unknown id or another status)
     */
    boolean retry(long delivery, Instant now);

    /** @return how many deliveries stand in each status (every status present, zero when none) */
    Map<DeliveryStatus, Long> counts();
}
