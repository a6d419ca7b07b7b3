// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Verdict;

/**
 * The anonymous figures of one case that monthly totals are made of: no personal data, no text. Kept after the
 * retention purge, so statistics survive it.
 *
 * @param receipt      the receipt number
 * @param organization the organisation, or {@code null}
 * @param site         the branch or store, or {@code null}
 * @param channel      how the case was received
 * @param receivedAt   when it was received
 * @param reportDueBy  the report deadline
 * @param status       the lifecycle status
 * @param verdict      the latest assessment's verdict, {@code null} when unassessed
 * @param behaviours   the behaviours the latest assessment found
 * @param policeReport whether the latest assessment recommends reporting to the police
 * @param outcome      how the case ended, or {@code null}
 * @param reportedOn   the day (in the calendar's zone) it was reported to the organisation, or {@code null}
 * @param staffAgrees  whether staff's latest review confirmed the engine's verdict, {@code null} when not reviewed
 */
public record CaseStatistics(String receipt, String organization, String site, Channel channel,
                             OffsetDateTime receivedAt, LocalDate reportDueBy, CaseStatus status, Verdict verdict,
                             Set<Behaviour> behaviours, boolean policeReport, CaseOutcome outcome,
                             LocalDate reportedOn, Boolean staffAgrees) {
    /** Checks the fields and copies the set. */
    public CaseStatistics {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reportDueBy, "reportDueBy");
        Objects.requireNonNull(status, "status");
        behaviours = behaviours.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(behaviours));
    }

    /**
     * The figures of a stored case.
     *
     * @param stored the case
     * @param zone   the zone in which the report day is taken
     * @return its statistics
     */
    public static CaseStatistics of(StoredCase stored, ZoneId zone) {
        Assessment latest = stored.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
        return new CaseStatistics(stored.receipt(), stored.organization(), stored.caseData().site(),
                stored.caseData().channel(), stored.caseData().receivedAt(), stored.reportDueBy(), stored.status(),
                latest == null ? null : latest.verdict(), behaviours(latest),
                latest != null && latest.policeReport(), stored.outcome(),
                stored.reportedOn() != null ? stored.reportedOn()
                        : stored.reportedAt() == null ? null : stored.reportedAt().atZone(zone).toLocalDate(),
                stored.latestReview().map(VerdictReview::agrees).orElse(null));
    }

    /**
     * @param assessment an assessment, or {@code null}
     * @return the behaviours its findings name
     */
    public static Set<Behaviour> behaviours(Assessment assessment) {
        Set<Behaviour> found = EnumSet.noneOf(Behaviour.class);
        if (assessment != null) {
            for (Finding finding : assessment.findings()) {
                found.add(finding.behaviour());
            }
        }
        return found;
    }
}
