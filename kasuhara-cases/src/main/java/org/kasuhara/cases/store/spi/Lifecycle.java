package org.kasuhara.cases.store.spi;

import java.util.Objects;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.InvalidTransitionException;

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

    /** The audit detail of an applicant export. */
    public static final String EXPORTED_DETAIL = "included in an applicant data export";
}
