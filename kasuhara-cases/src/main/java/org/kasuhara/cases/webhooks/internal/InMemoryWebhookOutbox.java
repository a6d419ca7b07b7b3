// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.webhooks.DeliveryRecord;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.spi.OutboxEvent;
import org.kasuhara.cases.webhooks.spi.PendingDelivery;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;

/** The delivery log in memory, over any store: {@link #unloggedChanges} reads every case's audit log. */
public final class InMemoryWebhookOutbox implements WebhookOutbox {
    private final CaseStore store;
    private final Map<String, OutboxEvent> events = new HashMap<>();
    private final Set<Long> loggedAudit = new HashSet<>();
    private final List<Row> rows = new ArrayList<>();

    /** @param store the store whose changes become events */
    public InMemoryWebhookOutbox(CaseStore store) {
        this.store = store;
    }

    @Override
    public List<AuditEntry> unloggedChanges(int limit) {
        List<AuditEntry> found = new ArrayList<>();
        for (StoredCase stored : store.list(CaseQuery.all())) {
            for (AuditEntry entry : store.auditLog(stored.receipt())) {
                if (EventPayloads.typeOf(entry).isPresent() && !logged(entry.sequence())) {
                    found.add(entry);
                }
            }
        }
        return found.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).limit(limit).toList();
    }

    private synchronized boolean logged(long sequence) {
        return loggedAudit.contains(sequence);
    }

    @Override
    public synchronized boolean add(OutboxEvent event, List<String> endpoints) {
        if (events.putIfAbsent(event.key(), event) != null) {
            return false;
        }
        if (event.auditSequence() != null) {
            loggedAudit.add(event.auditSequence());
        }
        for (String endpoint : endpoints) {
            Row row = new Row(rows.size() + 1L, event, endpoint);
            row.next = event.at();
            rows.add(row);
        }
        return true;
    }

    @Override
    public synchronized List<PendingDelivery> claim(String endpoint, Instant now, int limit, Duration lease) {
        List<PendingDelivery> claimed = new ArrayList<>();
        rows.stream().filter(r -> r.endpoint.equals(endpoint) && r.status == DeliveryStatus.PENDING
                        && !r.next.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.next).thenComparingLong(r -> r.id)).limit(limit)
                .forEach(r -> {
                    r.next = now.plus(lease);
                    claimed.add(new PendingDelivery(r.id, r.event.webhookId(), r.endpoint, r.event.type(),
                            r.event.receipt(), r.event.payload(), r.attempts));
                });
        return claimed;
    }

    @Override
    public synchronized void delivered(long delivery, Instant at, int status) {
        Row r = rows.get((int) delivery - 1);
        r.attempts++;
        r.status = DeliveryStatus.DELIVERED;
        r.lastAttempt = at;
        r.delivered = at;
        r.lastStatus = status;
        r.lastError = null;
        r.next = null;
    }

    @Override
    public synchronized void failed(long delivery, Instant at, Integer status, String error, Instant nextAttempt) {
        Row r = rows.get((int) delivery - 1);
        r.attempts++;
        r.lastAttempt = at;
        r.lastStatus = status;
        r.lastError = error;
        r.next = nextAttempt;
        r.status = nextAttempt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    }

    @Override
    public synchronized List<DeliveryRecord> deliveries(DeliveryStatus status, int limit) {
        List<DeliveryRecord> found = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && found.size() < limit; i--) {
            Row r = rows.get(i);
            if (status == null || r.status == status) {
                found.add(record(r));
            }
        }
        return found;
    }

    @Override
    public synchronized java.util.Optional<DeliveryRecord> delivery(long delivery) {
        if (delivery < 1 || delivery > rows.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(record(rows.get((int) delivery - 1)));
    }

    @Override
    public synchronized boolean retry(long delivery, Instant now) {
        if (delivery < 1 || delivery > rows.size() || rows.get((int) delivery - 1).status != DeliveryStatus.FAILED) {
            return false;
        }
        Row r = rows.get((int) delivery - 1);
        r.status = DeliveryStatus.PENDING;
        r.attempts = 0;
        r.next = now;
        return true;
    }

    @Override
    public synchronized Map<DeliveryStatus, Long> counts() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status == s).count());
        }
        return counts;
    }

    private static DeliveryRecord record(Row r) {
        return new DeliveryRecord(r.id, r.event.webhookId(), r.event.type(), r.event.receipt(), r.endpoint, r.status,
                r.attempts, r.event.at(), r.lastAttempt, r.lastStatus, r.lastError,
                r.status == DeliveryStatus.PENDING ? r.next : null, r.delivered);
    }

    private static final class Row {
        final long id;
        final OutboxEvent event;
        final String endpoint;
        DeliveryStatus status = DeliveryStatus.PENDING;
        int attempts;
        Instant next;
        Instant lastAttempt;
        Instant delivered;
        Integer lastStatus;
        String lastError;

        Row(long id, OutboxEvent event, String endpoint) {
            this.id = id;
            this.event = event;
            this.endpoint = endpoint;
        }
    }
}
