// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.jdbc.internal.CaseRows;
import org.kasuhara.cases.store.jdbc.internal.Transactions;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.cases.webhooks.DeliveryRecord;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.spi.OutboxEvent;
import org.kasuhara.cases.webhooks.spi.PendingDelivery;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;

/**
 * The webhook delivery log in the JDBC store's own database (tables {@code kh_webhook_*}, created by the store's
 * migrations): it survives restarts and crashes, and several server instances on one database share it. Changes
 * are found in {@code kh_audit} after a remembered position; the position only moves past entries written more than
 * {@link #SETTLE} ago, so an entry whose transaction committed late (identity values are drawn before the commit) is
 * still found. Thread-safe.
 */
public final class JdbcWebhookOutbox implements WebhookOutbox {
    /** How long after it was written an audit entry is assumed committed, whatever transaction wrote it. */
    static final Duration SETTLE = Duration.ofMinutes(10);
    private static final String EVENT_COLUMNS = "d.id, e.webhook_id, d.endpoint, e.event_type, e.receipt, "
            + "e.payload, d.attempts";

    private final JdbcCaseStore store;
    private final Transactions transactions;

    private JdbcWebhookOutbox(JdbcCaseStore store) {
        this.store = store;
        this.transactions = new Transactions(store.dataSource());
    }

    /**
     * @param store an open JDBC store (its migrations made the tables)
     * @return the delivery log in the store's database
     */
    public static JdbcWebhookOutbox of(JdbcCaseStore store) {
        return new JdbcWebhookOutbox(Objects.requireNonNull(store, "store"));
    }

    @Override
    public List<AuditEntry> unloggedChanges(int limit) {
        Instant settled = store.options().clock().instant().minus(SETTLE);
        return transactions.inTransaction("find changes for webhooks", c -> {
            long mark = mark(c);
            List<AuditEntry> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT a.seq, a.case_ref, a.occurred_at, a.actor, "
                    + "a.audit_action, a.from_status, a.to_status, a.detail FROM kh_audit a WHERE a.seq > ? AND "
                    + "a.audit_action IN ('ASSESSED', 'REPORTED', 'CLOSED') AND NOT EXISTS (SELECT 1 FROM "
                    + "kh_webhook_event e WHERE e.audit_seq = a.seq) ORDER BY a.seq FETCH FIRST " + limit
                    + " ROWS ONLY")) {
                select.setLong(1, mark);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String from = rows.getString("from_status");
                        found.add(new AuditEntry(rows.getLong("seq"), ReceiptNumbers.format(rows.getLong("case_ref")),
                                CaseRows.instant(rows, "occurred_at"), rows.getString("actor"),
                                AuditAction.valueOf(rows.getString("audit_action")),
                                from == null ? null : CaseStatus.valueOf(from),
                                CaseStatus.valueOf(rows.getString("to_status")), rows.getString("detail")));
                    }
                }
            }
            advance(c, mark, settled, found.isEmpty() ? Long.MAX_VALUE : found.get(0).sequence() - 1);
            return found;
        });
    }

    private static long mark(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT audit_seq FROM kh_webhook_cursor WHERE name = "
                + "'changes'"); ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0L;
        }
    }

    /** Moves the position to the last settled entry, but never past one that is not logged yet. */
    private static void advance(Connection c, long mark, Instant settled, long ceiling) throws SQLException {
        long last;
        try (PreparedStatement select = c.prepareStatement("SELECT MAX(seq) FROM kh_audit WHERE seq > ? AND "
                + "occurred_at < ?")) {
            select.setLong(1, mark);
            select.setObject(2, CaseRows.timestamp(settled));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                last = row.getLong(1);
                if (row.wasNull()) {
                    return;
                }
            }
        }
        long to = Math.min(last, ceiling);
        if (to > mark) {
            update(c, "UPDATE kh_webhook_cursor SET audit_seq = ? WHERE name = 'changes' AND audit_seq = ?", to, mark);
        }
    }

    @Override
    public boolean add(OutboxEvent event, List<String> endpoints) {
        try {
            return transactions.inTransaction("log a webhook event", c -> {
                try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM kh_webhook_event WHERE "
                        + "event_key = ?")) {
                    exists.setString(1, event.key());
                    try (ResultSet row = exists.executeQuery()) {
                        if (row.next()) {
                            return false;
                        }
                    }
                }
                long id;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO kh_webhook_event (event_key, "
                        + "audit_seq, webhook_id, event_type, receipt, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                        + "?)", new String[] {"id"})) {
                    insert.setString(1, event.key());
                    insert.setObject(2, event.auditSequence());
                    insert.setString(3, event.webhookId());
                    insert.setString(4, event.type().name());
                    insert.setString(5, event.receipt());
                    insert.setString(6, event.payload());
                    insert.setObject(7, CaseRows.timestamp(event.at()));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                for (String endpoint : endpoints) {
                    update(c, "INSERT INTO kh_webhook_delivery (event_ref, endpoint, status, next_attempt_at) VALUES "
                            + "(?, ?, 'PENDING', ?)", id, endpoint, CaseRows.timestamp(event.at()));
                }
                return true;
            });
        } catch (Transactions.DuplicateKeyException raced) {
            return false;   // another instance logged the same event first
        }
    }

    @Override
    public List<PendingDelivery> claim(String endpoint, Instant now, int limit, Duration lease) {
        return transactions.inTransaction("claim webhook deliveries", c -> {
            List<PendingDelivery> claimed = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + EVENT_COLUMNS + ", d.next_attempt_at "
                    + "FROM kh_webhook_delivery d JOIN kh_webhook_event e ON e.id = d.event_ref WHERE d.endpoint = ? "
                    + "AND d.status = 'PENDING' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id "
                    + "FETCH FIRST " + limit + " ROWS ONLY")) {
                select.setString(1, endpoint);
                select.setObject(2, CaseRows.timestamp(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        PendingDelivery d = pending(rows);
                        // taken only if nobody took it meanwhile: the lease is the claim
                        if (update(c, "UPDATE kh_webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = "
                                + "'PENDING' AND next_attempt_at = ?", CaseRows.timestamp(now.plus(lease)), d.id(),
                                rows.getObject("next_attempt_at", java.time.OffsetDateTime.class)) == 1) {
                            claimed.add(d);
                        }
                    }
                }
            }
            return claimed;
        });
    }

    @Override
    public void delivered(long delivery, Instant at, int status) {
        transactions.inTransaction("record a webhook delivery", c -> update(c, "UPDATE kh_webhook_delivery SET "
                + "status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, delivered_at = ?, last_status = ?,"
                + " last_error = NULL, next_attempt_at = NULL WHERE id = ?", CaseRows.timestamp(at),
                CaseRows.timestamp(at), status, delivery));
    }

    @Override
    public void failed(long delivery, Instant at, Integer status, String error, Instant nextAttempt) {
        String why = error == null ? null : error.substring(0, Math.min(error.length(), 200));
        transactions.inTransaction("record a failed webhook attempt", c -> update(c, "UPDATE kh_webhook_delivery SET "
                + "status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status = ?, last_error = ?, "
                + "next_attempt_at = ? WHERE id = ?", nextAttempt == null ? "FAILED" : "PENDING",
                CaseRows.timestamp(at), status, why, CaseRows.timestamp(nextAttempt), delivery));
    }

    @Override
    public List<DeliveryRecord> deliveries(DeliveryStatus status, int limit) {
        return records((status == null ? "" : " WHERE d.status = ?") + " ORDER BY d.id DESC FETCH FIRST " + limit
                + " ROWS ONLY", status == null ? new Object[0] : new Object[] {status.name()});
    }

    @Override
    public java.util.Optional<DeliveryRecord> delivery(long delivery) {
        return records(" WHERE d.id = ?", delivery).stream().findFirst();
    }

    @Override
    public boolean retry(long delivery, Instant now) {
        return transactions.inTransaction("send a failed webhook delivery again", c -> update(c, "UPDATE "
                + "kh_webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ? AND "
                + "status = 'FAILED'", CaseRows.timestamp(now), delivery) == 1);
    }

    private List<DeliveryRecord> records(String where, Object... parameters) {
        return transactions.inTransaction("read the webhook deliveries", c -> {
            List<DeliveryRecord> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT d.id, e.webhook_id, e.event_type, e.receipt, "
                    + "d.endpoint, d.status, d.attempts, e.created_at, d.last_attempt_at, d.last_status, d.last_error, "
                    + "d.next_attempt_at, d.delivered_at FROM kh_webhook_delivery d JOIN kh_webhook_event e ON e.id = "
                    + "d.event_ref" + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        int lastStatus = r.getInt("last_status");
                        Integer last = r.wasNull() ? null : lastStatus;
                        DeliveryStatus s = DeliveryStatus.valueOf(r.getString("status"));
                        found.add(new DeliveryRecord(r.getLong("id"), r.getString("webhook_id"),
                                WebhookEventType.valueOf(r.getString("event_type")), r.getString("receipt"),
                                r.getString("endpoint"), s, r.getInt("attempts"), CaseRows.instant(r, "created_at"),
                                CaseRows.instant(r, "last_attempt_at"), last, r.getString("last_error"),
                                s == DeliveryStatus.PENDING ? CaseRows.instant(r, "next_attempt_at") : null,
                                CaseRows.instant(r, "delivered_at")));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Map<DeliveryStatus, Long> counts() {
        return transactions.inTransaction("count the webhook deliveries", c -> {
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            for (DeliveryStatus s : DeliveryStatus.values()) {
                counts.put(s, 0L);
            }
            try (PreparedStatement select = c.prepareStatement("SELECT status, COUNT(*) FROM kh_webhook_delivery "
                    + "GROUP BY status"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeliveryStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    private static PendingDelivery pending(ResultSet r) throws SQLException {
        return new PendingDelivery(r.getLong("id"), r.getString("webhook_id"), r.getString("endpoint"),
                WebhookEventType.valueOf(r.getString("event_type")), r.getString("receipt"), r.getString("payload"),
                r.getInt("attempts"));
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }
}
