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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;

/**
 * Monthly totals as two aggregate queries, so the database adds up a million cases instead of sending them to Java:
 * <ol>
 *   <li>the month's distinct deadlines ({@code report_due_by}, a few dozen);</li>
 *   <li>{@code GROUP BY organization, site} with one conditional sum per verdict, behaviour, channel, outcome,
 *       police flag and report state: a report counts as on time when it was made before the first instant of the
 *       day after its deadline in the calendar's zone (each deadline and that instant passed as parameters), a case
 *       not reported is overdue when its deadline is before the day the totals are made.</li>
 * </ol>
 * Every figure comes from the second statement, so the totals are consistent with each other even while cases
 * arrive.
 * The figures are those of {@link MonthlyTotals#accumulator} fed with every case (a contract test compares them).
 * Plain SQL that H2 and PostgreSQL both run; no text is formatted per row.
 */
public final class MonthlyAggregates {
    private static final String WHERE = " FROM kh_case WHERE received_month = ?";

    private MonthlyAggregates() {
    }

    /**
     * @param c            an open connection, inside a transaction
     * @param month        the month of receipt
     * @param organization only this organisation, or {@code null}
     * @param asOf         the day the totals are made
     * @param zone         the calendar's zone, in which a report's day is taken
     * @return the totals
     * @throws SQLException when the database fails
     */
    public static MonthlyTotals query(Connection c, YearMonth month, String organization, LocalDate asOf, ZoneId zone)
            throws SQLException {
        String filter = WHERE + (organization == null ? "" : " AND org_key = ?");
        List<LocalDate> deadlines = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT report_due_by" + filter)) {
            bind(select, 1, month, organization);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    deadlines.add(row.getObject(1, LocalDate.class));
                }
            }
        }
        Sums sums = new Sums();
        if (deadlines.isEmpty()) {
            return sums.totals(month, organization, asOf);
        }
        try (PreparedStatement select = c.prepareStatement(sumsSql(deadlines.size()) + filter
                + " GROUP BY organization, site")) {
            int next = 1;
            select.setObject(next++, asOf);
            for (LocalDate due : deadlines) {
                select.setObject(next++, due);
                select.setObject(next++, OffsetDateTime.ofInstant(due.plusDays(1).atStartOfDay(zone).toInstant(),
                        ZoneOffset.UTC));
            }
            bind(select, next, month, organization);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sums.add(row);
                }
            }
        }
        return sums.totals(month, organization, asOf);
    }

    private static void bind(PreparedStatement select, int from, YearMonth month, String organization)
            throws SQLException {
        select.setString(from, month.toString());
        if (organization != null) {
            select.setString(from + 1, organization);
        }
    }

    /** The columns of the second query, in the order {@link Sums#add} reads them. */
    private static String sumsSql(int deadlines) {
        StringBuilder sql = new StringBuilder("SELECT organization, site, COUNT(*), COUNT(latest_verdict), ")
                .append(count("latest_police = TRUE")).append(", ")
                .append(count("reported_at IS NOT NULL")).append(", ")
                .append(count("reported_at IS NULL AND report_due_by < ?")).append(", ")
                .append(count("reported_at < CASE report_due_by" + " WHEN ? THEN ?".repeat(deadlines) + " END"));
        for (Verdict v : Verdict.values()) {
            sql.append(", ").append(count("latest_verdict = '" + v.name() + "'"));
        }
        for (Behaviour b : Behaviour.values()) {
            sql.append(", ").append(count("(',' || latest_behaviours || ',') LIKE '%," + b.name() + ",%'"));
        }
        for (Channel ch : Channel.values()) {
            sql.append(", ").append(count("channel = '" + ch.name() + "'"));
        }
        for (CaseOutcome o : CaseOutcome.values()) {
            sql.append(", ").append(count("outcome = '" + o.name() + "'"));
        }
        return sql.toString();
    }

    private static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** Adds up the rows of the second query. */
    private static final class Sums {
        private final Map<String, Map<String, Long>> sites = new TreeMap<>();
        private final Map<String, Long> organizations = new TreeMap<>();
        private final long[] verdicts = new long[Verdict.values().length];
        private final long[] behaviours = new long[Behaviour.values().length];
        private final long[] channels = new long[Channel.values().length];
        private final long[] outcomes = new long[CaseOutcome.values().length];
        private long cases;
        private long assessed;
        private long police;
        private long reported;
        private long overdue;
        private long onTime;

        void add(ResultSet row) throws SQLException {
            String org = row.getString(1) == null ? MonthlyTotals.NONE : row.getString(1);
            String site = row.getString(2) == null ? MonthlyTotals.NONE : row.getString(2);
            long count = row.getLong(3);
            cases += count;
            organizations.merge(org, count, Long::sum);
            sites.computeIfAbsent(org, k -> new TreeMap<>()).merge(site, count, Long::sum);
            assessed += row.getLong(4);
            police += row.getLong(5);
            reported += row.getLong(6);
            overdue += row.getLong(7);
            onTime += row.getLong(8);
            int column = 9;
            column = addTo(verdicts, row, column);
            column = addTo(behaviours, row, column);
            column = addTo(channels, row, column);
            addTo(outcomes, row, column);
        }

        private static int addTo(long[] counts, ResultSet row, int column) throws SQLException {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += row.getLong(column + i);
            }
            return column + counts.length;
        }

        MonthlyTotals totals(YearMonth month, String organization, LocalDate asOf) {
            Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                byVerdict.put(v, verdicts[v.ordinal()]);
            }
            Map<String, Map<String, Long>> bySite = new LinkedHashMap<>();
            sites.forEach((org, perSite) -> bySite.put(org, frozen(perSite)));
            long escalated = outcomes[CaseOutcome.ESCALATED_TO_POLICE.ordinal()];
            return new MonthlyTotals(month, organization, asOf, cases, cases - assessed, frozen(byVerdict),
                    present(Behaviour.class, behaviours), present(Channel.class, channels), frozen(organizations),
                    Collections.unmodifiableMap(bySite), police, escalated, present(CaseOutcome.class, outcomes),
                    onTime, reported - onTime, overdue, cases - reported - overdue);
        }

        private static <E extends Enum<E>> Map<E, Long> present(Class<E> type, long[] counts) {
            Map<E, Long> map = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                if (counts[e.ordinal()] > 0) {
                    map.put(e, counts[e.ordinal()]);
                }
            }
            return frozen(map);
        }

        private static <K> Map<K, Long> frozen(Map<K, Long> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
