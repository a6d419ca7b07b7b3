// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.ActionDecision;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.model.Verdict;

/**
 * The lifecycle rules and audit-log wording every store shares, so that all stores allow, refuse and log the same
 * changes. Audit details name rule sets, verdicts, outcomes and channels only: never personal data or text.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /**
     * @param receipt the case's receipt number
     * @param status  its status
     * @return the status after appending an assessment
     * @throws InvalidTransitionException when the case is closed
     */
    public static CaseStatus afterAssessment(String receipt, CaseStatus status) {
        if (status == CaseStatus.CLOSED) {
            throw new InvalidTransitionException(receipt, status, "add an assessment", "not CLOSED");
        }
        return status == CaseStatus.RECEIVED ? CaseStatus.ASSESSED : status;
    }

    /**
     * @param receipt the case's receipt number
     * @param status  its status
     * @throws InvalidTransitionException unless the case is ASSESSED
     */
    public static void checkReport(String receipt, CaseStatus status) {
        if (status != CaseStatus.ASSESSED) {
            throw new InvalidTransitionException(receipt, status, "report to the organisation", "ASSESSED");
        }
    }

    /**
     * @param receipt the case's receipt number
     * @param status  its status
     * @throws InvalidTransitionException unless the case is ASSESSED or REPORTED
     */
    public static void checkClose(String receipt, CaseStatus status) {
        if (status != CaseStatus.ASSESSED && status != CaseStatus.REPORTED) {
            throw new InvalidTransitionException(receipt, status, "close", "ASSESSED or REPORTED");
        }
    }

    /**
     * @param actor a staff handle
     * @return the handle, checked
     * @throws IllegalArgumentException when it is blank
     */
    public static String actor(String actor) {
        if (Objects.requireNonNull(actor, "by").isBlank()) {
            throw new IllegalArgumentException("who made the change (by) must not be blank");
        }
        return actor.strip();
    }

    /**
     * @param receipt    the case's receipt number
     * @param received   the case
     * @param assessment the assessment to append
     * @throws IllegalArgumentException when the assessment is for another case
     */
    public static void checkSameCase(String receipt, Case received, Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        if (!received.id().equals(assessment.caseId())) {
            throw new IllegalArgumentException("assessment of case " + assessment.caseId() + " cannot be added to "
                    + receipt + ", which holds case " + received.id());
        }
    }

    /** @param received the case @return the audit detail of its intake */
    public static String receivedDetail(Case received) {
        return "channel=" + received.channel();
    }

    /** @param identical whether the re-submitted text equals the stored one @return the audit detail */
    public static String resubmittedDetail(boolean identical) {
        return identical ? "same case id re-submitted, identical; original kept"
                : "same case id re-submitted with different content; original kept, new content not stored";
    }

    /** @param number the entry's number @param assessment the assessment @return the audit detail */
    public static String assessedDetail(int number, Assessment assessment) {
        return "#" + number + " " + assessment.ruleSet().name() + " " + assessment.ruleSet().version() + ": "
                + assessment.verdict() + " " + assessment.severity() + (assessment.policeReport() ? " police" : "")
                + (assessment.accepted() ? "" : " not-accepted");
    }

    /** @param outcome the outcome or {@code null} @return the audit detail of closing */
    public static String closedDetail(CaseOutcome outcome) {
        return outcome == null ? "" : "outcome=" + outcome;
    }

    /** @param retention the retention period @return the audit detail of a purge */
    public static String purgedDetail(java.time.Period retention) {
        return "personal data removed, closed longer than " + retention;
    }

    /** The longest reason staff may give for a review or a decision. */
    public static final int MAX_REASON = 1_000;

    /**
     * Checks a report's day and returns it.
     *
     * @param stored the case
     * @param on     the day staff give, or {@code null} for today
     * @param today  today in the calendar's zone
     * @param zone   the calendar's zone
     * @return the day of the report
     * @throws IllegalArgumentException when the day is after today or before the case was received
     */
    public static LocalDate reportDay(StoredCase stored, LocalDate on, LocalDate today, ZoneId zone) {
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw new IllegalArgumentException("reported on " + on + " is in the future (today is " + today + ")");
        }
        LocalDate received = stored.caseData().receivedAt().atZoneSameInstant(zone).toLocalDate();
        if (on.isBefore(received)) {
            throw new IllegalArgumentException("reported on " + on + " is before the case was received (" + received
                    + ")");
        }
        return on;
    }

    /** @param method how @param on the day @return the audit detail of a report */
    public static String reportedDetail(ReportMethod method, LocalDate on) {
        return "on=" + on + (method == null ? "" : " method=" + method);
    }

    /**
     * Checks a staff review of the verdict and makes it.
     *
     * @param stored  the case
     * @param by      the staff handle, checked
     * @param verdict the verdict staff hold right
     * @param reason  why (required for a correction)
     * @param now     when
     * @return the review
     */
    public static VerdictReview review(StoredCase stored, String by, Verdict verdict, String reason, Instant now) {
        Objects.requireNonNull(verdict, "verdict");
        AssessmentEntry latest = stored.latestAssessment().orElseThrow(() -> new InvalidTransitionException(
                stored.receipt(), stored.status(), "review the verdict", "assessed"));
        String why = reason(reason);
        Verdict engine = latest.assessment().verdict();
        if (engine != verdict && why.isEmpty()) {
            throw new IllegalArgumentException("reason: a corrected verdict (" + engine + " → " + verdict
                    + ") needs a reason");
        }
        return new VerdictReview(latest.number(), engine, verdict, why, by, now);
    }

    /** @param review a review @return its audit action */
    public static AuditAction reviewAction(VerdictReview review) {
        return review.agrees() ? AuditAction.VERDICT_CONFIRMED : AuditAction.VERDICT_CORRECTED;
    }

    /** @param review a review @return its audit detail (verdicts only, never the reason's text) */
    public static String reviewDetail(VerdictReview review) {
        return "#" + review.assessment() + " " + review.engine()
                + (review.agrees() ? " confirmed" : " → " + review.staff());
    }

    /**
     * Checks a staff decision on an action and makes it.
     *
     * @param stored    the case
     * @param by        the staff handle, checked
     * @param action    the action
     * @param confirmed confirm or decline
     * @param reason    why, may be empty
     * @param now       when
     * @return the decision
     */
    public static ActionDecision decision(StoredCase stored, String by, ActionType action, boolean confirmed,
            String reason, Instant now) {
        Objects.requireNonNull(action, "action");
        AssessmentEntry latest = stored.latestAssessment().orElseThrow(() -> new InvalidTransitionException(
                stored.receipt(), stored.status(), "decide an action", "assessed"));
        if (stored.status() == CaseStatus.CLOSED) {
            throw new InvalidTransitionException(stored.receipt(), stored.status(), "decide an action", "not CLOSED");
        }
        boolean recommended = latest.assessment().actions().stream()
                .anyMatch(a -> a.type() == action && a.humanConfirmation());
        if (!recommended) {
            throw new IllegalArgumentException("action: assessment #" + latest.number() + " of " + stored.receipt()
                    + " recommends no " + action + " that needs confirmation");
        }
        return new ActionDecision(latest.number(), action, confirmed, reason(reason), by, now);
    }

    /** @param decision a decision @return its audit action */
    public static AuditAction decisionAction(ActionDecision decision) {
        return decision.confirmed() ? AuditAction.ACTION_CONFIRMED : AuditAction.ACTION_DECLINED;
    }

    /** @param decision a decision @return its audit detail (never the reason's text) */
    public static String decisionDetail(ActionDecision decision) {
        return "#" + decision.assessment() + " " + decision.action();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters, was " + why.length());
        }
        return why;
    }

    /** The audit detail of an applicant export. */
    public static final String EXPORTED_DETAIL = "included in an applicant data export";
}
