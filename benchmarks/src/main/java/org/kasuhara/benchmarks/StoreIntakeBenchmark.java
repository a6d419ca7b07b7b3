// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Intakes per second into the JDBC case store: each operation stores one new case (a phone call with a Japanese
 * transcript of about 300 characters) and commits it before returning its receipt. {@code store=h2} is the embedded
 * file database in a temporary folder; {@code store=postgres} uses the server {@code KASUHARA_BENCH_POSTGRES_URL}
 * names, else an embedded PostgreSQL 17 started from Maven artifacts (zonky), on a fresh schema. Run with {@code -t 1} and {@code -t 2} for one and two
 * concurrent writers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class StoreIntakeBenchmark {
    @Param({"h2", "postgres"})
    public String store;

    private final AtomicLong ids = new AtomicLong();
    private CaseStore caseStore;
    private Path folder;
    private JdbcConnectionPool pool;
    private String schema;
    private Case template;
    private EmbeddedPostgres embedded;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T14:03:00+09:00");
        template = Case.builder("template", at, Channel.PHONE).organization("acme-foods", "新宿店")
                .applicant(new Applicant(false, "山田花子", "090-1234-5678", "hanako@example.jp", null, true, false))
                .contact(new Contact(Channel.PHONE, at, at.plusMinutes(74), "op-17",
                        "お客様は注文したケーキの名前の誤りについて返金を求め、".repeat(12), 0))
                .build();
        if (store.equals("h2")) {
            folder = Files.createTempDirectory("kasuhara-bench");
            caseStore = JdbcCaseStore.h2(folder);
        } else {
            String url = System.getenv("KASUHARA_BENCH_POSTGRES_URL");
            if (url == null || url.isBlank()) {
                embedded = EmbeddedPostgres.builder().start();
                url = embedded.getJdbcUrl("postgres", "postgres");
            }
            schema = "kh_bench_" + System.nanoTime();
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setURL(url);
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            pg.setCurrentSchema(schema);
            pool = JdbcConnectionPool.create(pg);
            caseStore = JdbcCaseStore.create(pool, StoreOptions.defaults());
        }
    }

    @Benchmark
    public Receipt intake() {
        Case next = new Case("B-" + ids.incrementAndGet(), template.receivedAt(), template.channel(), null,
                template.organization(), template.site(), null, template.applicant(), template.demands(),
                template.facts(), template.contacts(), template.observations());
        return caseStore.intake(next, KasuharaJson.toJson(next));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        caseStore.close();
        if (pool != null) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            pool.dispose();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
