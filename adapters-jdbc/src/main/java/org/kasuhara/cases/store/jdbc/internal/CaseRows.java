// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.ActionDecision;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.cases.store.spi.ReceiptNumbers;

/** Reads and writes rows of the case store's tables; the SQL is portable between H2 and PostgreSQL. */
public final class CaseRows {
    /** The columns {@link #read(Connection, ResultSet)} expects, in any order. */
    public static final String CASE_COLUMNS = "id, case_json, original_text, stored_at, report_due_by, status, "
            + "reported_at, reported_by, closed_at, closed_by, outcome, purged_at, reported_on, report_method, "
            + "review_count, decision_count";

    private CaseRows() {
    }

    /**
     * @param connection the transaction's connection
     * @param row        a row of {@code kh_case} with {@link #CASE_COLUMNS}
     * @return the stored case with its assessments
     * @throws SQLException when reading fails
     */
    public static StoredCase read(Connection connection, ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String outcome = row.getString("outcome");
        String method = row.getString("report_method");
        return new StoredCase(ReceiptNumbers.format(id), caseOf(row.getString("case_json")),
                row.getString("original_text"), instant(row, "stored_at"),
                row.getObject("report_due_by", LocalDate.class), CaseStatus.valueOf(row.getString("status")),
                assessments(connection, id), instant(row, "reported_at"), row.getString("reported_by"),
                instant(row, "closed_at"), row.getString("closed_by"),
                outcome == null ? null : CaseOutcome.valueOf(outcome), instant(row, "purged_at"),
                row.getObject("reported_on", LocalDate.class),
                method == null ? null : ReportMethod.valueOf(method),
                row.getInt("review_count") == 0 ? List.of() : reviews(connection, id),
                row.getInt("decision_count") == 0 ? List.of() : decisions(connection, id));
    }

    private static List<VerdictReview> reviews(Connection connection, long id) throws SQLException {
        List<VerdictReview> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT assessment_no, engine_verdict, "
                + "staff_verdict, reason, actor, decided_at FROM kh_review WHERE case_ref = ? ORDER BY seq_no")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new VerdictReview(rows.getInt(1), Verdict.valueOf(rows.getString(2)),
                            Verdict.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                            instant(rows, "decided_at")));
                }
            }
        }
        return found;
    }

    private static List<ActionDecision> decisions(Connection connection, long id) throws SQLException {
        List<ActionDecision> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT assessment_no, action_type, confirmed, "
                + "reason, actor, decided_at FROM kh_action_decision WHERE case_ref = ? ORDER BY seq_no")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new ActionDecision(rows.getInt(1), ActionType.valueOf(rows.getString(2)),
                            rows.getBoolean(3), rows.getString(4), rows.getString(5), instant(rows, "decided_at")));
                }
            }
        }
        return found;
    }

    /**
     * Appends a staff review of the verdict and keeps the case's latest agreement.
     *
     * @param connection the transaction's connection
     * @param id         the case's row id
     * @param seq        its number among the case's reviews (1 for the first)
     * @param review     the review
     * @throws SQLException when writing fails
     */
    public static void insertReview(Connection connection, long id, int seq, VerdictReview review)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kh_review (case_ref, seq_no, "
                + "assessment_no, engine_verdict, staff_verdict, reason, actor, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, seq);
            insert.setInt(3, review.assessment());
            insert.setString(4, review.engine().name());
            insert.setString(5, review.staff().name());
            insert.setString(6, review.reason());
            insert.setString(7, review.by());
            insert.setObject(8, timestamp(review.at()));
            insert.executeUpdate();
        }
    }

    /**
     * Appends a staff decision on an action.
     *
     * @param connection the transaction's connection
     * @param id         the case's row id
     * @param seq        its number among the case's decisions (1 for the first)
     * @param decision   the decision
     * @throws SQLException when writing fails
     */
    public static void insertDecision(Connection connection, long id, int seq, ActionDecision decision)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kh_action_decision (case_ref, "
                + "seq_no, assessment_no, action_type, confirmed, reason, actor, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, seq);
            insert.setInt(3, decision.assessment());
            insert.setString(4, decision.action().name());
            insert.setBoolean(5, decision.confirmed());
            insert.setString(6, decision.reason());
            insert.setString(7, decision.by());
            insert.setObject(8, timestamp(decision.at()));
            insert.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param id         the case's row id
     * @return its assessments, oldest first
     * @throws SQLException when reading fails
     */
    public static List<AssessmentEntry> assessments(Connection connection, long id) throws SQLException {
        List<AssessmentEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq_no, assessed_at, assessment_json FROM kh_assessment WHERE case_ref = ? ORDER BY seq_no")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AssessmentEntry(rows.getInt(1), instant(rows, "assessed_at"),
                            assessmentOf(rows.getString(3))));
                }
            }
        }
        return entries;
    }

    /**
     * @param connection the transaction's connection
     * @param id         the case's row id
     * @return its audit log, oldest first
     * @throws SQLException when reading fails
     */
    public static List<AuditEntry> audit(Connection connection, long id) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, occurred_at, actor, audit_action, "
                + "from_status, to_status, detail FROM kh_audit WHERE case_ref = ? ORDER BY seq")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString("from_status");
                    entries.add(new AuditEntry(rows.getLong("seq"), ReceiptNumbers.format(id),
                            instant(rows, "occurred_at"), rows.getString("actor"),
                            AuditAction.valueOf(rows.getString("audit_action")),
                            from == null ? null : CaseStatus.valueOf(from),
                            CaseStatus.valueOf(rows.getString("to_status")), rows.getString("detail")));
                }
            }
        }
        return entries;
    }

    /**
     * Appends one audit entry.
     *
     * @param connection the transaction's connection
     * @param id         the case's row id
     * @param at         when
     * @param actor      who
     * @param action     what
     * @param from       status before, or {@code null}
     * @param to         status after
     * @param detail     what changed, without personal data
     * @throws SQLException when writing fails
     */
    public static void audit(Connection connection, long id, Instant at, String actor, AuditAction action,
            CaseStatus from, CaseStatus to, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kh_audit (case_ref, occurred_at, "
                + "actor, audit_action, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, timestamp(at));
            insert.setString(3, actor);
            insert.setString(4, action.name());
            insert.setString(5, from == null ? null : from.name());
            insert.setString(6, to.name());
            insert.setString(7, detail);
            insert.executeUpdate();
        }
    }

    /** @param at an instant @return the value to bind to a TIMESTAMP WITH TIME ZONE parameter */
    public static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * @param row    a row
     * @param column a TIMESTAMP WITH TIME ZONE column
     * @return its instant, or {@code null}
     * @throws SQLException when reading fails
     */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** @param json a case's canonical JSON @return the case */
    public static Case caseOf(String json) {
        try {
            return KasuharaJson.mapper().readValue(json, Case.class);
        } catch (JsonProcessingException e) {
            throw new CaseStoreException("stored case cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** @param json an assessment's JSON @return the assessment */
    public static Assessment assessmentOf(String json) {
        try {
            return KasuharaJson.mapper().readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new CaseStoreException("stored assessment cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
