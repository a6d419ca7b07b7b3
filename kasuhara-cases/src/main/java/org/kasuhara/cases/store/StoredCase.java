// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kasuhara.model.Case;

/**
 * A case as the store holds it: the case, its original text, its assessments, and where it is in its lifecycle.
 *
 * @param receipt      the receipt number
 * @param caseData     the case as received; after the retention purge, an anonymous copy ({@link Redaction})
 * @param originalText the text the case was received as, exactly; {@code null} after the retention purge
 * @param storedAt     when the store first committed it
 * @param reportDueBy  the last day to report it to the organisation
 * @param status       where it is in the lifecycle
 * @param assessments  every assessment, oldest first
 * @param reportedAt   when it was reported to the organisation, or {@code null}
 * @param reportedBy   who reported it, or {@code null}
 * @param closedAt     when it was closed, or {@code null}
 * @param closedBy     who closed it, or {@code null}
 * @param outcome      how it ended, or {@code null} when not closed or not known
 * @param purgedAt     when its personal data was removed, or {@code null}
 * @param reportedOn   the day staff say it was reported (in the calendar's zone), or {@code null}
 * @param reportMethod how it was reported, or {@code null} when not recorded
 * @param reviews      staff decisions on the engine's verdict, oldest first (the latest counts)
 * @param decisions    staff decisions on actions that need human confirmation, oldest first
 */
public record StoredCase(String receipt, Case caseData, String originalText, Instant storedAt, LocalDate reportDueBy,
                         CaseStatus status, List<AssessmentEntry> assessments, Instant reportedAt, String reportedBy,
                         Instant closedAt, String closedBy, CaseOutcome outcome, Instant purgedAt,
                         LocalDate reportedOn, ReportMethod reportMethod, List<VerdictReview> reviews,
                         List<ActionDecision> decisions) {
    /** Checks the fields and copies the list. */
    public StoredCase {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(caseData, "caseData");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(reportDueBy, "reportDueBy");
        Objects.requireNonNull(status, "status");
        assessments = List.copyOf(assessments);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** @return staff's latest decision on the verdict, empty when nobody has reviewed it */
    public Optional<VerdictReview> latestReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    /**
     * @param action an action
     * @return staff's latest decision on it, empty when none
     */
    public Optional<ActionDecision> decisionOn(org.kasuhara.model.ActionType action) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).action() == action) {
                return Optional.of(decisions.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the case id as submitted */
    public String caseId() {
        return caseData.id();
    }

    /** @return the organisation the case names, or {@code null} */
    public String organization() {
        return caseData.organization();
    }

    /** @return the most recent assessment, empty while the case is unassessed */
    public Optional<AssessmentEntry> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** @return {@code true} when the retention purge has removed the case's personal data */
    public boolean purged() {
        return purgedAt != null;
    }
}
