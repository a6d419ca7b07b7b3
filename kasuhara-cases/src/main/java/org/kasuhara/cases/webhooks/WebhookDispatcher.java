// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.webhooks.internal.Backoff;
import org.kasuhara.cases.webhooks.internal.EventPayloads;
import org.kasuhara.cases.webhooks.internal.Sender;
import org.kasuhara.cases.webhooks.spi.OutboxEvent;
import org.kasuhara.cases.webhooks.spi.PendingDelivery;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the store's lifecycle events to the configured endpoints, in the background:
 * <pre>
 * try (WebhookDispatcher hooks = WebhookDispatcher.start(store, outbox, WebhookConfig.of(List.of(endpoint)))) {
 *     … serve …
 * }
 * </pre>
 * Every poll it logs events for changes the store committed since (from its audit log), once a day (and at start) the
 * {@code case.due} and {@code case.overdue} events (the latter for deadlines missed in the last 30 days), and sends the
 * deliveries that are due, at most {@link WebhookConfig#concurrency()} at once per endpoint, so that a hanging
 * receiver holds up only its own deliveries. A failed attempt (not 2xx, no answer within the timeout) is retried with
 * exponential backoff and jitter until {@link WebhookConfig#maxAttempts()}; the log keeps every delivery's state, so a
 * restart continues where it stopped (at least once: a receiver may see a {@code webhook-id} twice). Nothing here runs
 * on an intake's thread: a slow or dead receiver never delays intake. Logs name receipts and endpoints, never
 * payloads or URLs.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 500;
    /** Deadlines are looked at when the day changes and at least this often (a case may arrive already overdue). */
    private static final Duration DEADLINE_SCAN = Duration.ofMinutes(10);
    /** How far back a missed deadline still raises {@code case.overdue}. */
    static final int OVERDUE_DAYS = 30;

    private final CaseStore store;
    private final WebhookOutbox outbox;
    private final WebhookConfig config;
    private final Clock clock;
    private final Sender sender;
    /** Each endpoint's free slots: a hanging receiver holds only its own, never another endpoint's. */
    private final Map<String, Semaphore> slots;
    private final ScheduledExecutorService poller;
    private final ExecutorService senders;
    private LocalDate deadlinesDay;
    private Instant deadlinesAt = Instant.MIN;

    private WebhookDispatcher(CaseStore store, WebhookOutbox outbox, WebhookConfig config, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.sender = new Sender(config.timeout(), clock);
        this.slots = config.endpoints().stream().collect(Collectors.toMap(WebhookEndpoint::name,
                e -> new Semaphore(config.concurrency())));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("kasuhara-webhooks"));
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.concurrency() * config.endpoints().size()),
                daemon("kasuhara-webhook-send"));
    }

    /**
     * Starts polling at once.
     *
     * @param store  the store whose changes are sent
     * @param outbox its delivery log
     * @param config endpoints, timeouts and retries
     * @return the running dispatcher; close it before the store
     */
    public static WebhookDispatcher start(CaseStore store, WebhookOutbox outbox, WebhookConfig config) {
        return start(store, outbox, config, Clock.systemUTC());
    }

    /**
     * @param store  the store whose changes are sent
     * @param outbox its delivery log
     * @param config endpoints, timeouts and retries
     * @param clock  the clock of attempts and timestamps
     * @return the running dispatcher
     */
    public static WebhookDispatcher start(CaseStore store, WebhookOutbox outbox, WebhookConfig config, Clock clock) {
        WebhookDispatcher d = new WebhookDispatcher(Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(outbox, "outbox"), Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(clock, "clock"));
        d.poller.scheduleWithFixedDelay(d::poll, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        return d;
    }

    /** @return the delivery log, for operators' views */
    public WebhookOutbox outbox() {
        return outbox;
    }

    /** Each step on its own: one that fails (the database down for a while) neither stops the others nor the next poll. */
    private void poll() {
        step("log changes", this::logChanges);
        step("log deadlines", this::logDeadlines);
        step("send", this::send);
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // nothing is lost: the audit log and the delivery log are read again on the next poll
            LOG.warn("webhooks: could not {}, trying again: {}", what, e.getMessage());
        }
    }

    private void logChanges() {
        List<AuditEntry> changes;
        do {
            changes = outbox.unloggedChanges(BATCH);
            for (AuditEntry entry : changes) {
                StoredCase stored = store.find(entry.receipt()).orElseThrow();
                OutboxEvent event = EventPayloads.ofChange(entry, stored, clock.instant());
                outbox.add(event, takers(event));
            }
        } while (changes.size() == BATCH);
    }

    private void logDeadlines() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, store.options().calendar().zone());
        if (today.equals(deadlinesDay) && now.isBefore(deadlinesAt.plus(DEADLINE_SCAN))) {
            return;
        }
        for (StoredCase due : store.dueOn(today)) {
            add(EventPayloads.ofDeadline(WebhookEventType.CASE_DUE, due, now));
        }
        // overdue since at most OVERDUE_DAYS: a database that had webhooks turned on late does not flood receivers
        for (StoredCase late : store.list(CaseQuery.overdue(today).withDue(today.minusDays(OVERDUE_DAYS),
                today.minusDays(1)))) {
            add(EventPayloads.ofDeadline(WebhookEventType.CASE_OVERDUE, late, now));
        }
        deadlinesDay = today;
        deadlinesAt = now;
    }

    private void add(OutboxEvent event) {
        outbox.add(event, takers(event));
    }

    private List<String> takers(OutboxEvent event) {
        return config.endpoints().stream().filter(e -> e.takes(event.type())).map(WebhookEndpoint::name).toList();
    }

    private void send() {
        // the lease outlasts an attempt, so a delivery in flight is never claimed twice by this process
        Duration lease = config.timeout().multipliedBy(2).plusSeconds(5);
        for (WebhookEndpoint endpoint : config.endpoints()) {
            Semaphore free = slots.get(endpoint.name());
            if (free.availablePermits() == 0) {
                continue;
            }
            for (PendingDelivery delivery : outbox.claim(endpoint.name(), clock.instant(), free.availablePermits(),
                    lease)) {
                free.acquireUninterruptibly();
                try {
                    senders.execute(() -> {
                        try {
                            attempt(endpoint, delivery);
                        } finally {
                            free.release();
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    free.release();   // closing: the lease runs out and the next start sends it
                }
            }
        }
    }

    private void attempt(WebhookEndpoint endpoint, PendingDelivery delivery) {
        try {
            Sender.Outcome outcome = sender.send(endpoint, delivery);
            Instant now = clock.instant();
            if (outcome.delivered()) {
                outbox.delivered(delivery.id(), now, outcome.status());
                return;
            }
            int failed = delivery.attempts() + 1;
            Instant next = failed >= config.maxAttempts() ? null
                    : now.plus(Backoff.after(failed, config.initialBackoff(), config.maxBackoff()));
            outbox.failed(delivery.id(), now, outcome.status(), outcome.error(), next);
            LOG.info("webhooks: {} of case {} to {} failed ({}), attempt {} of {}", delivery.type().type(),
                    delivery.receipt(), delivery.endpoint(), outcome.error(), failed, config.maxAttempts());
        } catch (RuntimeException e) {
            // the log could not be written: the lease runs out and the delivery is tried again
            LOG.warn("webhooks: delivery {} could not be recorded: {}", delivery.id(), e.getMessage());
        }
    }

    /** Stops polling and waits for attempts in flight (at most the timeout); unsent deliveries stay in the log. */
    @Override
    public void close() {
        // no interrupts for the poll in progress: an embedded database may close its file on an interrupted write
        poller.shutdown();
        senders.shutdown();
        try {
            poller.awaitTermination(config.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            if (!senders.awaitTermination(config.timeout().toMillis() + 2_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
