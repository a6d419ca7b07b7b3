// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;
import org.kasuhara.pdf.PdfRenderer;
import org.kasuhara.cases.report.MonthlyReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The monthly report over a month of many cases (default one million) in the H2 file store: time and heap of
 * {@code monthlyTotals} (aggregate queries in the database; compared with streaming every case through
 * {@code forEachInMonth}, the way before) and of rendering JSON, CSV, HTML and PDF. Run it with a
 * small heap ({@code -Xmx64m}) to show that the month is never held in memory.
 *
 * <p>The cases are written straight into {@code kh_case} with batched INSERTs (schema V1, created by opening the
 * store first) instead of a million {@code intake} calls, which at ~1,700 committed intakes a second would take ten
 * minutes; the monthly read path measured is the store's own. Usage:
 * {@code java -Xmx64m -cp benchmarks.jar org.kasuhara.benchmarks.MonthlyReportBenchmark [cases] [dir]}.
 */
public final class MonthlyReportBenchmark {
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final int BATCH = 5_000;
    private static final Behaviour[] BEHAVIOURS = Behaviour.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Verdict[] VERDICTS = Verdict.values();

    private MonthlyReportBenchmark() {
    }

    /**
     * @param args number of cases (default 1,000,000) and the H2 store folder (default: a new temporary folder),
     *             or {@code postgres} to measure on PostgreSQL
     * @throws Exception when the store fails
     */
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        if (args.length > 1 && args[1].equals("postgres")) {
            postgres(cases);
            return;
        }
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("kasuhara-monthly");
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {   // creates and migrates the schema
            store.options();
        }
        if (!Files.exists(dir.resolve("filled"))) {
            long start = System.nanoTime();
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("kasuhara") + ";TRACE_LEVEL_FILE=0";
            try (Connection c = DriverManager.getConnection(url, "kasuhara", "")) {
                fill(c, cases);
            }
            Files.writeString(dir.resolve("filled"), Integer.toString(cases));
            System.out.printf("filled %,d cases in %.1f s (%s)%n", cases, seconds(start), dir);
        }
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            measure(store, true);
        }
    }

    /**
     * The same on PostgreSQL: the server {@code KASUHARA_BENCH_POSTGRES_URL} names, else an embedded PostgreSQL 17
     * from Maven artifacts; a fresh schema, dropped at the end. No PDF: rendering does not depend on the store.
     */
    private static void postgres(int cases) throws Exception {
        String url = System.getenv("KASUHARA_BENCH_POSTGRES_URL");
        EmbeddedPostgres embedded = null;
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        String schema = "kh_monthly_" + System.nanoTime();
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(url);
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        pg.setCurrentSchema(schema);
        JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
        try (JdbcCaseStore store = JdbcCaseStore.create(pool, StoreOptions.defaults())) {
            long start = System.nanoTime();
            try (Connection c = pool.getConnection()) {
                fill(c, cases);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE kh_case");
                }
            }
            System.out.printf("filled %,d cases in %.1f s (PostgreSQL, schema %s)%n", cases, seconds(start), schema);
            measure(store, false);
        } finally {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            pool.dispose();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void measure(JdbcCaseStore store, boolean pdf) {
        HeapWatch heap = HeapWatch.start();
        for (int run = 1; run <= 3; run++) {
            heap.reset();
            long start = System.nanoTime();
            MonthlyReport report = MonthlyReport.of(store, MONTH, null, ReportLanguage.JA);
            double totals = seconds(start);
            long heapTotals = heap.peak();
            start = System.nanoTime();
            int json = report.toJson().length();
            int csv = report.toCsvBytes().length;
            String html = report.toHtml();
            double text = seconds(start);
            start = System.nanoTime();
            int pdfBytes = pdf ? PdfRenderer.standard().render(html).length : 0;
            double pdfSeconds = seconds(start);
            MonthlyTotals t = report.totals();
            heap.reset();
            start = System.nanoTime();
            MonthlyTotals.Accumulator streamed = MonthlyTotals.accumulator(MONTH, null, t.asOf());
            store.forEachInMonth(MONTH, null, streamed);
            double streamedSeconds = seconds(start);
            long heapStreamed = heap.peak();
            if (!streamed.result().equals(t)) {
                throw new AssertionError("the aggregate totals differ from the streamed ones");
            }
            System.out.printf("run %d: %,d cases; totals %.2f s (%,.0f cases/s), peak heap %d MiB; "
                            + "streamed (before: every case to Java) %.2f s, peak heap %d MiB; "
                            + "json+csv+html %.3f s (%d+%d+%d chars); pdf %.2f s (%,d bytes); one org %.2f s%n",
                    run, t.cases(), totals, t.cases() / totals, heapTotals >> 20, streamedSeconds,
                    heapStreamed >> 20, text, json, csv, html.length(), pdfSeconds, pdfBytes,
                    timeOneOrganisation(store));
        }
        heap.stop();
    }

    private static double timeOneOrganisation(JdbcCaseStore store) {
        long start = System.nanoTime();
        MonthlyReport.of(store, MONTH, "org-03", ReportLanguage.EN).toHtml();
        return seconds(start);
    }

    private static void fill(Connection c, int cases) throws SQLException {
        String sql = "INSERT INTO kh_case (org_key, case_id, organization, site, channel, received_at, "
                + "received_month, report_due_by, stored_at, status, case_json, assessment_count, latest_verdict, "
                + "latest_police, latest_behaviours, reported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < cases; i++) {
                String org = String.format("org-%02d", i % 20);
                OffsetDateTime received = MONTH.atDay(1 + i % 31 % MONTH.lengthOfMonth()).atTime(9, 0)
                        .atOffset(ZoneOffset.ofHours(9)).plusMinutes(i % 600);
                LocalDate due = received.toLocalDate().plusDays(5);
                insert.setString(1, org);
                insert.setString(2, "B-" + i);
                insert.setString(3, org);
                insert.setString(4, "site-" + (i % 7));
                insert.setString(5, CHANNELS[i % CHANNELS.length].name());
                insert.setObject(6, received);
                insert.setString(7, MONTH.toString());
                insert.setObject(8, due);
                insert.setObject(9, received);
                insert.setString(10, i % 3 == 0 ? "REPORTED" : "ASSESSED");
                insert.setString(11, "{}");
                insert.setInt(12, 1);
                insert.setString(13, VERDICTS[i % VERDICTS.length].name());
                insert.setBoolean(14, i % 50 == 0);
                insert.setString(15, i % 3 == 2 ? "" : BEHAVIOURS[i % BEHAVIOURS.length].name() + ","
                        + BEHAVIOURS[(i / 3) % BEHAVIOURS.length].name());
                insert.setTimestamp(16, i % 3 == 0 ? Timestamp.from(received.plusDays(i % 7).toInstant()) : null);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Samples the used heap every 5 ms and keeps the peak. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "heap-watch");

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        private void sample() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void reset() {
            System.gc();
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            running = false;
        }
    }

}
