// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatistics;
import org.kasuhara.cases.store.MonthlyTotals;

/** Adds up the cases a store streams for one month into {@link MonthlyTotals}. */
public final class TotalsAccumulator implements MonthlyTotals.Accumulator {
    private final YearMonth month;
    private final String organization;
    private final LocalDate asOf;
    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<Behaviour, Long> behaviours = new EnumMap<>(Behaviour.class);
    private final Map<Channel, Long> channels = new EnumMap<>(Channel.class);
    private final Map<String, Long> organizations = new TreeMap<>();
    private final Map<String, Map<String, Long>> sites = new TreeMap<>();
    private final Map<CaseOutcome, Long> outcomes = new EnumMap<>(CaseOutcome.class);
    private long cases;
    private long unassessed;
    private long police;
    private long escalated;
    private long onTime;
    private long late;
    private long overdue;
    private long notYetDue;
    private long reviewed;
    private long agreed;

    /**
     * @param month        the month totalled
     * @param organization only this organisation, or {@code null}
     * @param asOf         the day the totals are made
     */
    public TotalsAccumulator(YearMonth month, String organization, LocalDate asOf) {
        this.month = month;
        this.organization = organization;
        this.asOf = asOf;
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, 0L);
        }
    }

    @Override
    public void accept(CaseStatistics stats) {
        if (organization != null && !organization.equals(stats.organization())) {
            return;
        }
        cases++;
        if (stats.verdict() == null) {
            unassessed++;
        } else {
            verdicts.merge(stats.verdict(), 1L, Long::sum);
        }
        stats.behaviours().forEach(b -> behaviours.merge(b, 1L, Long::sum));
        channels.merge(stats.channel(), 1L, Long::sum);
        String org = stats.organization() == null ? MonthlyTotals.NONE : stats.organization();
        organizations.merge(org, 1L, Long::sum);
        sites.computeIfAbsent(org, k -> new TreeMap<>())
                .merge(stats.site() == null ? MonthlyTotals.NONE : stats.site(), 1L, Long::sum);
        if (stats.policeReport()) {
            police++;
        }
        if (stats.outcome() != null) {
            outcomes.merge(stats.outcome(), 1L, Long::sum);
            if (stats.outcome() == CaseOutcome.ESCALATED_TO_POLICE) {
                escalated++;
            }
        }
        countReport(stats);
        if (stats.staffAgrees() != null) {
            reviewed++;
            if (stats.staffAgrees()) {
                agreed++;
            }
        }
    }

    private void countReport(CaseStatistics stats) {
        if (stats.reportedOn() != null) {
            if (stats.reportedOn().isAfter(stats.reportDueBy())) {
                late++;
            } else {
                onTime++;
            }
        } else if (stats.reportDueBy().isBefore(asOf)) {
            overdue++;
        } else {
            notYetDue++;
        }
    }

    @Override
    public MonthlyTotals result() {
        Map<String, Map<String, Long>> siteCopy = new LinkedHashMap<>();
        sites.forEach((org, perSite) -> siteCopy.put(org, Collections.unmodifiableMap(new LinkedHashMap<>(perSite))));
        return new MonthlyTotals(month, organization, asOf, cases, unassessed, frozen(verdicts), frozen(behaviours),
                frozen(channels), frozen(organizations), Collections.unmodifiableMap(siteCopy), police, escalated,
                frozen(outcomes), onTime, late, overdue, notYetDue, reviewed, agreed);
    }

    private static <K> Map<K, Long> frozen(Map<K, Long> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
