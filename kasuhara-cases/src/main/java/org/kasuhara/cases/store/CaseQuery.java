// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.model.Verdict;

/**
 * Which cases {@link CaseStore#list(CaseQuery)} returns. Every filter is optional ({@code null} or empty: no
 * filter). Results come in {@link #order()} (receipt order by default); {@link #after()} continues a listing after
 * the last case of the previous page (cursor paging), and {@link #limit()} caps the page. Immutable: each
 * {@code with…} method returns a copy.
 *
 * @param organization only this organisation's cases
 * @param statuses     only cases in one of these statuses
 * @param dueFrom      only cases whose report is due on or after this day
 * @param dueTo        only cases whose report is due on or before this day
 * @param receivedIn   only cases received in this month (in the store calendar's zone)
 * @param limit        at most this many cases, {@code 0} for all
 * @param site         only cases of this site
 * @param verdicts     only cases whose latest verdict is one of these
 * @param police       only cases whose latest assessment does ({@code true}) or does not ({@code false}) recommend
 *                     reporting to the police
 * @param order        the order of the results
 * @param after        only cases after this one in {@link #order()}, or {@code null} from the first
 */
public record CaseQuery(String organization, Set<CaseStatus> statuses, LocalDate dueFrom, LocalDate dueTo,
                        YearMonth receivedIn, int limit, String site, Set<Verdict> verdicts, Boolean police,
                        Order order, Cursor after) {

    /** The orders a listing can come in; ties are broken by receipt number in the same direction. */
    public enum Order {
        /** Oldest receipt first. */
        RECEIPT,
        /** Newest receipt first. */
        RECEIPT_DESC,
        /** Earliest report deadline first. */
        DUE,
        /** Latest report deadline first. */
        DUE_DESC;

        /** @return {@code true} for the descending orders */
        public boolean descending() {
            return this == RECEIPT_DESC || this == DUE_DESC;
        }

        /** @return {@code true} when the order is by report deadline */
        public boolean byDue() {
            return this == DUE || this == DUE_DESC;
        }

        /** @return the order as a comparator of stored cases */
        public Comparator<StoredCase> comparator() {
            Comparator<StoredCase> bySequence = Comparator.comparingLong(c -> sequence(c.receipt()));
            Comparator<StoredCase> ascending = byDue()
                    ? Comparator.comparing(StoredCase::reportDueBy).thenComparing(bySequence) : bySequence;
            return descending() ? ascending.reversed() : ascending;
        }
    }

    /**
     * Where the previous page ended.
     *
     * @param receipt     the receipt number of its last case
     * @param reportDueBy that case's report deadline
     */
    public record Cursor(String receipt, LocalDate reportDueBy) {
        /** Checks the fields. */
        public Cursor {
            if (ReceiptNumbers.parse(receipt).isEmpty()) {
                throw new IllegalArgumentException("cursor receipt is not a receipt number: " + receipt);
            }
            Objects.requireNonNull(reportDueBy, "reportDueBy");
        }

        /** @param last the last case of a page @return the cursor after it */
        public static Cursor after(StoredCase last) {
            return new Cursor(last.receipt(), last.reportDueBy());
        }

        /** @return the receipt's sequence number */
        public long sequence() {
            return CaseQuery.sequence(receipt);
        }
    }

    /** Checks the fields and copies the sets. */
    public CaseQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        verdicts = verdicts == null || verdicts.isEmpty() ? Set.of() : Set.copyOf(verdicts);
        order = order == null ? Order.RECEIPT : order;
        site = site == null || site.isBlank() ? null : site;
        if (organization != null && organization.isBlank()) {
            throw new IllegalArgumentException("organization must not be blank (null for every organisation)");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, was " + limit);
        }
    }

    /** @return a query for every case */
    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, 0, null, Set.of(), null, Order.RECEIPT, null);
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
        return new CaseQuery(value, statuses, dueFrom, dueTo, receivedIn, limit, site, verdicts, police, order, after);
    }

    /** @param value the statuses, empty for all @return a copy with that filter */
    public CaseQuery withStatuses(Set<CaseStatus> value) {
        return new CaseQuery(organization, value, dueFrom, dueTo, receivedIn, limit, site, verdicts, police, order,
                after);
    }

    /** @param from first due day or {@code null} @param to last due day or {@code null} @return a copy */
    public CaseQuery withDue(LocalDate from, LocalDate to) {
        return new CaseQuery(organization, statuses, from, to, receivedIn, limit, site, verdicts, police, order, after);
    }

    /** @param value the month of receipt, {@code null} for all @return a copy with that filter */
    public CaseQuery withReceivedIn(YearMonth value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, value, limit, site, verdicts, police, order,
                after);
    }

    /** @param value at most this many, {@code 0} for all @return a copy with that limit */
    public CaseQuery withLimit(int value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, value, site, verdicts, police, order,
                after);
    }

    /** @param value the site, {@code null} for all @return a copy with that filter */
    public CaseQuery withSite(String value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, limit, value, verdicts, police, order,
                after);
    }

    /** @param value the latest verdicts, empty for all @return a copy with that filter */
    public CaseQuery withVerdicts(Set<Verdict> value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, limit, site, value, police, order,
                after);
    }

    /** @param value the police flag, {@code null} for all @return a copy with that filter */
    public CaseQuery withPolice(Boolean value) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, limit, site, verdicts, value, order,
                after);
    }

    /** @param value the order @param cursor where the previous page ended, or {@code null} @return a copy */
    public CaseQuery withOrder(Order value, Cursor cursor) {
        return new CaseQuery(organization, statuses, dueFrom, dueTo, receivedIn, limit, site, verdicts, police, value,
                cursor);
    }

    /**
     * Whether a case passes every filter except the month (which needs the calendar's zone) and the limit.
     *
     * @param stored a stored case
     * @return {@code true} when it matches
     */
    public boolean matches(StoredCase stored) {
        var latest = stored.latestAssessment().map(AssessmentEntry::assessment);
        return (organization == null || organization.equals(stored.organization()))
                && (statuses.isEmpty() || statuses.contains(stored.status()))
                && (dueFrom == null || !stored.reportDueBy().isBefore(dueFrom))
                && (dueTo == null || !stored.reportDueBy().isAfter(dueTo))
                && (site == null || site.equals(stored.caseData().site()))
                && (verdicts.isEmpty() || latest.map(a -> verdicts.contains(a.verdict())).orElse(false))
                && (police == null || police == latest.map(a -> a.policeReport()).orElse(false))
                && (after == null || isAfterCursor(stored));
    }

    private boolean isAfterCursor(StoredCase stored) {
        int byDue = order.byDue() ? stored.reportDueBy().compareTo(after.reportDueBy()) : 0;
        int compared = byDue != 0 ? byDue : Long.compare(sequence(stored.receipt()), after.sequence());
        return order.descending() ? compared < 0 : compared > 0;
    }

    private static long sequence(String receipt) {
        return ReceiptNumbers.parse(receipt).orElseThrow(() -> new IllegalArgumentException("not a receipt: "
                + receipt));
    }

    /** @return a short description for messages */
    @Override
    public String toString() {
        return "CaseQuery[organization=" + organization + ", statuses=" + statuses + ", due=" + dueFrom + ".."
                + dueTo + ", receivedIn=" + receivedIn + ", site=" + site + ", verdicts=" + verdicts + ", police="
                + police + ", order=" + order + ", after=" + after + ", limit=" + limit + "]";
    }
}
