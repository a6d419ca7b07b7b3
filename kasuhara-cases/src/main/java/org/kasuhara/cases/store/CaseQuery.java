package org.kasuhara.cases.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which cases {@link CaseStore#list(CaseQuery)} returns. Every filter is optional ({@code null} or empty: no
 * filter); results come in receipt order. Immutable: each {@code with…} method returns a copy.
 *
 * @param organization only this organisation's cases
 * @param statuses     only cases in one of these statuses
 * @param dueFrom      only cases whose report is due on or after this day
 * @param dueTo        only cases whose report is due on or before this day
 * @param receivedIn   only cases received in this month (in the store calendar's zone)
 * @param limit        at most this many cases, {@code 0} for all
 */
public record CaseQuery(String organization, Set<CaseStatus> statuses, LocalDate dueFrom, LocalDate dueTo,
                        YearMonth receivedIn, int limit) {

    /** Checks the fields and copies the set. */
    public CaseQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, was " + limit);
        }
    }

    /** @return a query for every case */
    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, 0);
    }

    /**
     * @param day today, in the store calendar's zone
     * @return cases still to be reported whose deadline has passed
     */
    public static CaseQuery overdue(LocalDate day) {
        return all().withStatuses(awaitingReport()).withDue(null, day.minusDays(1));
    }

    /**
     * @param day a day
     * @return cases still to be reported whose deadline is that day
     */
    public static CaseQuery dueOn(LocalDate day) {
        return all().withStatuses(awaitingReport()).withDue(day, day);
    }

    /** @return cases still to be reported, whatever their deadline */
    public static CaseQuery awaitingReportQuery() {
        return all().withStatuses(awaitingReport());
    }

    private static Set<CaseStatus> awaitingReport() {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.awaitsReport()) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /** @param value the organisation, {@code null} for all @return a copy with that filter */
    public CaseQuery withOrganization(String value) {
        return new CaseQuery(value, statuses, dueFrom, dueTo, receivedIn, limit);
    }

    /** @param value the statuses, empty for all @return a copy with that filter */
    public CaseQuery withStatuses(Set<CaseStatus> value) {
        return new CaseQuery(organization, value, dueFrom, dueTo, receivedIn, limit);
    }

    /** @param from first due day or {@code null} @param to last due day or {@code null} @return a copy */
    public CaseQuery withDue(LocalDate from, LocalDate to) {
        return new CaseQuery(organization, statuses, from, to, receivedIn, limit);
    }

    /** @param value the month of receipt, {@code null} for all @return a copy with that filter */
    public CaseQuery withReceivedIn(YearMonth value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, value, limit);
    }

    /** @param value at most this many, {@code 0} for all @return a copy with that limit */
    public CaseQuery withLimit(int value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, value);
    }

    /**
     * Whether a case passes every filter except the month (which needs the calendar's zone) and the limit.
     *
     * @param stored a stored case
     * @return {@code true} when it matches
     */
    public boolean matches(StoredCase stored) {
        return (organization == null || organization.equals(stored.organization()))
                && (statuses.isEmpty() || statuses.contains(stored.status()))
                && (dueFrom == null || !stored.reportDueBy().isBefore(dueFrom))
                && (dueTo == null || !stored.reportDueBy().isAfter(dueTo));
    }

    /** @return a short description for messages */
    @Override
    public String toString() {
        return "CaseQuery[organization=" + organization + ", statuses=" + statuses + ", due=" + dueFrom + ".."
                + dueTo + ", receivedIn=" + receivedIn + ", limit=" + limit + "]";
    }
}
