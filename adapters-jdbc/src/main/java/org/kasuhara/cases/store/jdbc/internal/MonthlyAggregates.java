// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;

/**
 * Monthly totals as one aggregate query, so the database adds up a million cases instead of sending them to Java:
 * {@code GROUP BY} the dimensions the totals count (organisation, site, channel, verdict, behaviours, police flag,
 * outcome, staff's agreement with the verdict) and the report state of each case — not reported and overdue, not reported and not yet due, reported on
 * time, reported late. A report is on time when it was made before the first instant of the day after its deadline
 * in the calendar's zone: the deadlines a month's cases can have (its days and {@value #DAYS_AFTER} days after it)
 * are passed as parameters with that instant, so no time-zone arithmetic runs in SQL. A case whose deadline lies
 * outside that range (none under any calendar in use) makes the caller fall back to streaming every case.
 *
 * <p>The groups are few (combinations that occur, not cases); the figures are those of
 * {@link MonthlyTotals#accumulator} fed with every case, which a contract test checks on H2 and PostgreSQL. On H2
 * a month of the whole store is read by a table scan ({@code USE INDEX ()}): through the month index every row
 * would be fetched by its key, about three times slower.
 */
public final class MonthlyAggregates {
    /** How many days after the month a deadline may fall and still be counted in SQL. */
    static final int DAYS_AFTER = 62;
    private static final int OVERDUE = 0;
    private static final int NOT_YET_DUE = 1;
    private static final int ON_TIME = 2;
    private static final int LATE = 3;
    private static final int OUTSIDE = 4;

    private MonthlyAggregates() {
    }

    /**
     * @param c            an open connection, inside a transaction
     * @param month        the month of receipt
     * @param organization only this organisation, or {@code null}
     * @param asOf         the day the totals are made
     * @param zone         the calendar's zone, in which a report's day is taken
     * @param h2           whether the database is H2 (a table scan is asked for when all organisations are totalled)
     * @return the totals, or {@code null} when a deadline lies outside the range the query knows (stream instead)
     * @throws SQLException when the database fails
     */
    public static MonthlyTotals query(Connection c, YearMonth month, String organization, LocalDate asOf, ZoneId zone,
                                      boolean h2) throws SQLException {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth().plusDays(DAYS_AFTER);
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        String dimensions = "organization, site, channel, latest_verdict, latest_behaviours, latest_police, outcome, "
                + "staff_agrees";
        String sql = "SELECT " + dimensions + ", CASE WHEN report_due_by < ? OR report_due_by > ? THEN " + OUTSIDE
                + " WHEN reported_on IS NOT NULL THEN CASE WHEN reported_on <= report_due_by THEN " + ON_TIME
                + " ELSE " + LATE + " END"
                + " WHEN reported_at IS NULL THEN CASE WHEN report_due_by < ? THEN " + OVERDUE + " ELSE " + NOT_YET_DUE
                + " END WHEN reported_at < CASE report_due_by" + " WHEN ? THEN ?".repeat(days) + " END THEN " + ON_TIME
                + " ELSE " + LATE + " END AS report_state, COUNT(*) FROM kh_case"
                + (h2 && organization == null ? " USE INDEX ()" : "") + " WHERE received_month = ?"
                + (organization == null ? "" : " AND org_key = ?") + " GROUP BY " + dimensions + ", report_state";
        Sums sums = new Sums();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int next = 1;
            select.setObject(next++, first);
            select.setObject(next++, last);
            select.setObject(next++, asOf);
            for (LocalDate due = first; !due.isAfter(last); due = due.plusDays(1)) {
                select.setObject(next++, due);
                select.setObject(next++, OffsetDateTime.ofInstant(due.plusDays(1).atStartOfDay(zone).toInstant(),
                        ZoneOffset.UTC));
            }
            select.setString(next++, month.toString());
            if (organization != null) {
                select.setString(next, organization);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (!sums.add(row)) {
                        return null;
                    }
                }
            }
        }
        return sums.totals(month, organization, asOf);
    }

    /** Adds up the groups. */
    private static final class Sums {
        private final Map<String, Map<String, Long>> sites = new TreeMap<>();
        private final Map<String, Long> organizations = new TreeMap<>();
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Behaviour, Long> behaviours = new EnumMap<>(Behaviour.class);
        private final Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        private final Map<CaseOutcome, Long> outcomes = new EnumMap<>(CaseOutcome.class);
        private final long[] reportStates = new long[LATE + 1];
        private long cases;
        private long unassessed;
        private long police;
        private long reviewed;
        private long agreed;

        Sums() {
            for (Verdict v : Verdict.values()) {
                verdicts.put(v, 0L);
            }
        }

        /** @return {@code false} for a group whose deadline the query could not place */
        boolean add(ResultSet row) throws SQLException {
            int state = row.getInt(9);
            if (state == OUTSIDE) {
                return false;
            }
            long count = row.getLong(10);
            String org = row.getString(1) == null ? MonthlyTotals.NONE : row.getString(1);
            String site = row.getString(2) == null ? MonthlyTotals.NONE : row.getString(2);
            cases += count;
            organizations.merge(org, count, Long::sum);
            sites.computeIfAbsent(org, k -> new TreeMap<>()).merge(site, count, Long::sum);
            channels.merge(Channel.valueOf(row.getString(3)), count, Long::sum);
            String verdict = row.getString(4);
            if (verdict == null) {
                unassessed += count;
            } else {
                verdicts.merge(Verdict.valueOf(verdict), count, Long::sum);
            }
            String found = row.getString(5);
            if (found != null && !found.isEmpty()) {
                java.util.EnumSet<Behaviour> distinct = java.util.EnumSet.noneOf(Behaviour.class);
                for (String name : found.split(",")) {
                    distinct.add(Behaviour.valueOf(name)); // a case counts once per behaviour
                }
                distinct.forEach(b -> behaviours.merge(b, count, Long::sum));
            }
            police += row.getBoolean(6) ? count : 0;
            String outcome = row.getString(7);
            if (outcome != null) {
                outcomes.merge(CaseOutcome.valueOf(outcome), count, Long::sum);
            }
            reportStates[state] += count;
            boolean agrees = row.getBoolean(8);
            if (!row.wasNull()) {
                reviewed += count;
                agreed += agrees ? count : 0;
            }
            return true;
        }

        MonthlyTotals totals(YearMonth month, String organization, LocalDate asOf) {
            Map<String, Map<String, Long>> bySite = new LinkedHashMap<>();
            sites.forEach((org, perSite) -> bySite.put(org, frozen(perSite)));
            long escalated = outcomes.getOrDefault(CaseOutcome.ESCALATED_TO_POLICE, 0L);
            return new MonthlyTotals(month, organization, asOf, cases, unassessed, frozen(verdicts),
                    frozen(behaviours), frozen(channels), frozen(organizations), Collections.unmodifiableMap(bySite),
                    police, escalated, frozen(outcomes), reportStates[ON_TIME], reportStates[LATE],
                    reportStates[OVERDUE], reportStates[NOT_YET_DUE], reviewed, agreed);
        }

        private static <K> Map<K, Long> frozen(Map<K, Long> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
