// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.cases.store.jdbc.GroupCommitFixtures.complaint;
import static org.kasuhara.cases.store.jdbc.GroupCommitFixtures.together;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Group commit of intakes on a real PostgreSQL server: two store instances on one database still take each case once,
 * a case the server refuses fails only its own caller, and a receipt is only ever returned for a committed case, even
 * while the server kills the store's connections and the pool is closed under it.
 */
class PostgresGroupCommitTest {
    private static final int WRITERS = 8;
    private final PGSimpleDataSource schema = PostgresDatabase.freshSchema();
    private final List<JdbcConnectionPool> pools = new ArrayList<>();

    @AfterEach
    void dropSchema() {
        pools.forEach(JdbcConnectionPool::dispose);
        PostgresDatabase.drop(schema);
    }

    private JdbcConnectionPool pool(String applicationName) {
        PGConnectionPoolDataSource pooled = new PGConnectionPoolDataSource();
        pooled.setURL(PostgresDatabase.url());
        pooled.setCurrentSchema(schema.getCurrentSchema());
        pooled.setApplicationName(applicationName);
        JdbcConnectionPool pool = JdbcConnectionPool.create(pooled);
        pool.setMaxConnections(20);
        pools.add(pool);
        return pool;
    }

    @Test
    void twoStoreInstancesTakingTheSameCasesAtOnceStoreEachOnceWithOneOriginalReceipt() throws Exception {
        int cases = 60;
        try (JdbcCaseStore first = JdbcCaseStore.create(pool("kh-first"), StoreOptions.defaults());
             JdbcCaseStore second = JdbcCaseStore.create(pool("kh-second"), StoreOptions.defaults())) {
            List<Future<List<Receipt>>> futures = together(WRITERS, writer -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < cases; i++) {
                    ids.add("SAME-" + i);
                }
                Collections.shuffle(ids, new java.util.Random(writer));
                JdbcCaseStore store = writer % 2 == 0 ? first : second;
                return ids.stream().map(id -> store.intake(complaint(id))).toList();
            });
            Map<String, List<Receipt>> byCase = new HashMap<>();
            for (Future<List<Receipt>> f : futures) {
                f.get().forEach(r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
            }
            assertThat(byCase).hasSize(cases);
            for (List<Receipt> receipts : byCase.values()) {
                assertThat(receipts).hasSize(WRITERS);
                assertThat(receipts.stream().map(Receipt::number).distinct()).as("one receipt number").hasSize(1);
                assertThat(receipts.stream().filter(r -> !r.resubmission())).as("one original").hasSize(1);
                assertThat(first.auditLog(receipts.get(0).number()))
                        .extracting(e -> e.action())
                        .containsOnlyOnce(AuditAction.RECEIVED)
                        .filteredOn(a -> a == AuditAction.RESUBMITTED).hasSize(WRITERS - 1);
            }
            assertThat(first.count(CaseQuery.all())).isEqualTo(cases);
            assertThat(second.count(CaseQuery.all())).isEqualTo(cases);
            // no insert lost a race: a lost insert would have drawn an identity value and skipped a receipt number
            var numbers = byCase.values().stream()
                    .mapToLong(r -> ReceiptNumbers.parse(r.get(0).number()).getAsLong()).summaryStatistics();
            assertThat(numbers.getMax() - numbers.getMin() + 1).as("receipt numbers without a gap").isEqualTo(cases);
        }
    }

    @Test
    void casesTheServerRefusesFailOnlyTheirOwnCallersWhileTheOthersCommit() throws Exception {
        try (JdbcCaseStore store = JdbcCaseStore.create(pool("kh-refused"), StoreOptions.defaults())) {
            try (Connection c = schema.getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE kh_case ADD CONSTRAINT test_refused CHECK (case_id NOT LIKE 'REFUSED%')");
            }
            List<Future<List<Object>>> futures = together(WRITERS, writer -> {
                List<Object> outcomes = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    try {
                        if (writer == 0 && i % 10 == 0) {
                            outcomes.add(store.intake(complaint("REFUSED-" + i)));      // a constraint violation
                        } else if (writer == 1 && i % 10 == 5) {
                            // a hostile value: PostgreSQL text cannot hold NUL
                            outcomes.add(store.intake(complaint("NUL-" + i), "秘密の本文\u0000DROP"));
                        } else {
                            outcomes.add(store.intake(complaint("W" + writer + "-" + i)));
                        }
                    } catch (CaseStoreException e) {
                        outcomes.add(e);
                    }
                }
                return outcomes;
            });
            List<Receipt> receipts = new ArrayList<>();
            int refused = 0;
            for (Future<List<Object>> f : futures) {
                for (Object outcome : f.get()) {
                    if (outcome instanceof Receipt r) {
                        receipts.add(r);
                        assertThat(r.caseId()).startsWith("W");
                    } else {
                        refused++;
                        assertThat((Exception) outcome).hasMessageContaining("cannot store")
                                .hasMessageNotContaining("REFUSED-").hasMessageNotContaining("秘密");
                    }
                }
            }
            assertThat(refused).isEqualTo(12);
            assertThat(receipts).hasSize(WRITERS * 60 - 12);
            assertThat(receipts.stream().map(Receipt::number).distinct()).hasSize(WRITERS * 60 - 12);
            assertThat(store.count(CaseQuery.all())).isEqualTo(WRITERS * 60 - 12);
            for (Receipt r : receipts) {
                assertThat(store.find(r.number()).orElseThrow().caseData().id()).isEqualTo(r.caseId());
            }
        }
    }

    @Test
    void noReceiptIsReturnedForACaseThatIsNotCommittedWhileConnectionsAreKilledAndThePoolClosed()
            throws Exception {
        JdbcConnectionPool doomed = pool("kh-doomed");
        JdbcCaseStore store = JdbcCaseStore.create(doomed, StoreOptions.defaults());
        List<Receipt> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killing = new AtomicBoolean(true);
        Thread killer = new Thread(() -> {
            try (Connection admin = schema.getConnection(); Statement s = admin.createStatement()) {
                for (int round = 0; killing.get(); round++) {
                    Thread.sleep(30);
                    s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            + "WHERE application_name = 'kh-doomed'");
                    if (round == 10) {
                        doomed.dispose();       // the pool closed under the store, mid-batch
                    }
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        List<Future<Integer>> futures = together(WRITERS, writer -> {
            int failed = 0;
            for (int i = 0; i < 400; i++) {
                try {
                    acknowledged.add(store.intake(complaint("K" + writer + "-" + i)));
                } catch (CaseStoreException | IllegalStateException e) {
                    failed++;
                }
            }
            return failed;
        });
        killing.set(false);
        killer.join();
        store.close();
        int failed = 0;
        for (Future<Integer> f : futures) {
            failed += f.get();
        }
        assertThat(failed).as("intakes on a closed pool fail").isPositive();
        try (JdbcCaseStore reopened = JdbcCaseStore.create(pool("kh-check"), StoreOptions.defaults())) {
            for (Receipt r : acknowledged) {
                assertThat(reopened.find(r.number())).as(r.number() + " was acknowledged").isPresent()
                        .hasValueSatisfying(c -> assertThat(c.caseData().id()).isEqualTo(r.caseId()));
            }
            assertThat(reopened.count(CaseQuery.all())).isGreaterThanOrEqualTo(acknowledged.size());
        }
        try (Connection c = schema.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM kh_case")) {
            rows.next();
            assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }
}
