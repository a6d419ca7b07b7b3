// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.cases.store.ApplicantKey;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.spi.Lifecycle;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;

/**
 * Stores the cases of one group commit in a few statements instead of three per case: one query for the cases
 * already stored, one batched INSERT of the new ones (returning their ids), one batched INSERT of their audit
 * entries. A case already stored, or sent twice in the same batch, gets the original receipt (and a RESUBMITTED audit
 * entry), exactly as a single intake would.
 */
public final class BatchIntake {
    /** The INSERT of one new case, bound by {@link #bind}. */
    public static final String INSERT = "INSERT INTO kh_case (org_key, case_id, organization, site, channel, "
            + "received_at, received_month, report_due_by, stored_at, status, case_json, original_text, "
            + "applicant_email, applicant_phone, applicant_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String AUDIT = "INSERT INTO kh_audit (case_ref, occurred_at, actor, audit_action, "
            + "from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Handles a case that is already in the table (locks it, audits the re-submission). */
    @FunctionalInterface
    public interface Resubmission {
        /** @param c connection @param received the case @param text its text @return the original receipt */
        Receipt of(Connection c, Case received, String text) throws SQLException;
    }

    /** A case and the text it was received as. @param received the case @param text its text */
    public record Submission(Case received, String text) {
    }

    private final StoreOptions options;
    private final Resubmission resubmission;

    /**
     * @param options      calendar and clock
     * @param resubmission what to do with a case already stored
     */
    public BatchIntake(StoreOptions options, Resubmission resubmission) {
        this.options = options;
        this.resubmission = resubmission;
    }

    /**
     * @param c     the transaction's connection
     * @param batch the cases, in the order their callers came
     * @return a receipt for each, in the same order
     * @throws SQLException when the database refuses any of them (the caller stores them one by one then)
     */
    public List<Receipt> store(Connection c, List<Submission> batch) throws SQLException {
        Receipt[] receipts = new Receipt[batch.size()];
        Map<String, Integer> first = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        java.util.Set<String> stored = ids(c, batch).keySet();
        for (int i = 0; i < batch.size(); i++) {
            Submission s = batch.get(i);
            String key = key(s.received());
            if (stored.contains(key)) {
                receipts[i] = resubmission.of(c, s.received(), s.text());
            } else if (first.putIfAbsent(key, i) == null) {
                fresh.add(i);
            }
        }
        Instant now = options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!fresh.isEmpty()) {
            long[] ids = new long[fresh.size()];
            // the generated ids come back with the batch, in its order: no second lookup per case
            try (PreparedStatement insert = c.prepareStatement(INSERT, new String[] {"id"})) {
                for (int i : fresh) {
                    bind(insert, batch.get(i).received(), batch.get(i).text(), now, options);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int k = 0; k < ids.length; k++) {
                        if (!keys.next()) {
                            throw new SQLException("fewer generated ids than cases in the batch", "XX000");
                        }
                        ids[k] = keys.getLong(1);
                    }
                }
            }
            for (int k = 0; k < ids.length; k++) {
                int i = fresh.get(k);
                Case received = batch.get(i).received();
                receipts[i] = new Receipt(ReceiptNumbers.format(ids[k]), received.organization(),
                        received.id(), now, options.calendar().reportDueBy(received.receivedAt()), false);
            }
        }
        try (PreparedStatement audit = c.prepareStatement(AUDIT)) {
            for (int i = 0; i < batch.size(); i++) {
                Submission s = batch.get(i);
                Integer original = first.get(key(s.received()));
                if (receipts[i] == null) {        // the same case sent twice in this batch
                    Receipt r = receipts[original];
                    receipts[i] = new Receipt(r.number(), r.organization(), r.caseId(), r.storedAt(),
                            r.reportDueBy(), true);
                    auditRow(audit, r, now, AuditAction.RESUBMITTED, CaseStatus.RECEIVED,
                            Lifecycle.resubmittedDetail(s.text().equals(batch.get(original).text())));
                } else if (original != null && original == i) {
                    auditRow(audit, receipts[i], now, AuditAction.RECEIVED, null,
                            Lifecycle.receivedDetail(s.received()));
                }
            }
            audit.executeBatch();
        }
        return List.of(receipts);
    }

    /**
     * Binds {@link #INSERT} for one case.
     *
     * @param insert   the statement
     * @param received the case
     * @param text     the text it was received as
     * @param now      when it is stored
     * @param options  calendar and clock
     * @throws SQLException when binding fails
     */
    public static void bind(PreparedStatement insert, Case received, String text, Instant now, StoreOptions options)
            throws SQLException {
        Applicant applicant = received.applicant();
        insert.setString(1, orgKey(received.organization()));
        insert.setString(2, received.id());
        insert.setString(3, received.organization());
        insert.setString(4, received.site());
        insert.setString(5, received.channel().name());
        insert.setObject(6, received.receivedAt());
        insert.setString(7, YearMonth.from(received.receivedAt().atZoneSameInstant(options.calendar().zone()))
                .toString());
        insert.setObject(8, options.calendar().reportDueBy(received.receivedAt()));
        insert.setObject(9, CaseRows.timestamp(now));
        insert.setString(10, CaseStatus.RECEIVED.name());
        insert.setString(11, KasuharaJson.toJson(received));
        insert.setString(12, text);
        insert.setString(13, ApplicantKey.normalEmail(applicant.email()));
        insert.setString(14, ApplicantKey.normalPhone(applicant.phone()));
        insert.setString(15, applicant.customerRef());
    }

    private static void auditRow(PreparedStatement audit, Receipt r, Instant now, AuditAction action,
            CaseStatus from, String detail) throws SQLException {
        audit.setLong(1, ReceiptNumbers.parse(r.number()).getAsLong());
        audit.setObject(2, CaseRows.timestamp(now));
        audit.setString(3, AuditEntry.SYSTEM);
        audit.setString(4, action.name());
        audit.setString(5, from == null ? null : from.name());
        audit.setString(6, CaseStatus.RECEIVED.name());
        audit.setString(7, detail);
        audit.addBatch();
    }

    /**
     * The ids of those of the cases that are in the table, by key: one indexed lookup per case through one prepared
     * statement (an OR of pairs, or an IN list behind a shared organisation, made H2 scan the table).
     */
    private static Map<String, Long> ids(Connection c, List<Submission> cases) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM kh_case WHERE org_key = ? AND case_id = ?")) {
            for (Submission s : cases) {
                String key = key(s.received());
                if (ids.containsKey(key)) {
                    continue;
                }
                select.setString(1, orgKey(s.received().organization()));
                select.setString(2, s.received().id());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        ids.put(key, rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static String key(Case received) {
        return orgKey(received.organization()) + '\u0000' + received.id();
    }

    /** @param organization an organisation or {@code null} @return its key column value ({@code ''} for none) */
    public static String orgKey(String organization) {
        return organization == null ? "" : organization;
    }
}
