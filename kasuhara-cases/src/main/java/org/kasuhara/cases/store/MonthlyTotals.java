// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;

/**
 * Anonymous totals of the cases received in one month, for the counter's monthly report (JHA-2024). Made by
 * {@link CaseStore#monthlyTotals(YearMonth, String)}, or from any stream of {@link CaseStatistics} with
 * {@link #accumulator(YearMonth, String, LocalDate)}. Maps iterate in a stable order (enum order, then names).
 *
 * @param month                 the month of receipt
 * @param organization          the organisation totalled, or {@code null} for all
 * @param asOf                  the day the totals were made: reports not made by then count as not reported
 * @param cases                 cases received in the month
 * @param unassessed            of which not yet assessed
 * @param byVerdict             assessed cases per latest verdict (every verdict present, zero included)
 * @param byBehaviour           cases per behaviour found (a case counts once per behaviour)
 * @param byChannel             cases per intake channel
 * @param byOrganization        cases per organisation ({@value #NONE} for cases that named none)
 * @param bySite                cases per organisation, then per site
 * @param policeReports         cases whose latest assessment recommends reporting to the police
 * @param escalatedToPolice     cases closed with {@link CaseOutcome#ESCALATED_TO_POLICE}
 * @param byOutcome             closed cases per outcome
 * @param reportedOnTime        cases reported to the organisation on or before their deadline
 * @param reportedLate          cases reported after their deadline
 * @param notReportedOverdue    cases not reported whose deadline passed before {@code asOf}
 * @param notReportedYetDue     cases not reported whose deadline is {@code asOf} or later
 * @param staffReviewed         cases whose verdict staff confirmed or corrected
 * @param staffAgreed           of which confirmed (staff hold the engine's verdict right)
 */
public record MonthlyTotals(YearMonth month, String organization, LocalDate asOf, long cases, long unassessed,
                            Map<Verdict, Long> byVerdict, Map<Behaviour, Long> byBehaviour,
                            Map<Channel, Long> byChannel, Map<String, Long> byOrganization,
                            Map<String, Map<String, Long>> bySite, long policeReports, long escalatedToPolice,
                            Map<CaseOutcome, Long> byOutcome, long reportedOnTime, long reportedLate,
                            long notReportedOverdue, long notReportedYetDue, long staffReviewed,
                            long staffAgreed) {

    /**
     * @return the share of reviewed cases whose verdict staff confirmed, from 0 to 1; empty when staff reviewed
     *         none
     */
    public java.util.OptionalDouble agreementRate() {
        return staffReviewed == 0 ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of((double) staffAgreed / staffReviewed);
    }

    /** The key for cases without an organisation or site. */
    public static final String NONE = "(none)";

    /** Checks the fields; maps are kept as given (the accumulator makes them unmodifiable and ordered). */
    public MonthlyTotals {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(byVerdict, "byVerdict");
        Objects.requireNonNull(byBehaviour, "byBehaviour");
        Objects.requireNonNull(byChannel, "byChannel");
        Objects.requireNonNull(byOrganization, "byOrganization");
        Objects.requireNonNull(bySite, "bySite");
        Objects.requireNonNull(byOutcome, "byOutcome");
    }

    /**
     * Starts totals that cases are fed into one at a time, so a month of a million cases needs no list of them.
     *
     * @param month        the month being totalled (feed only cases received in it)
     * @param organization only this organisation's cases, or {@code null} for all
     * @param asOf         the day the totals are made
     * @return an accumulator; {@link Accumulator#result()} gives the totals
     */
    public static Accumulator accumulator(YearMonth month, String organization, LocalDate asOf) {
        return new org.kasuhara.cases.store.internal.TotalsAccumulator(month, organization, asOf);
    }

    /** Receives the cases of a month and makes their totals. Not thread-safe. */
    public interface Accumulator extends Consumer<CaseStatistics> {
        /** @return the totals of the cases accepted so far */
        MonthlyTotals result();
    }
}
