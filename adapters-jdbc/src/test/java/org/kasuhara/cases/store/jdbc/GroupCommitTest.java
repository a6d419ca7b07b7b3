// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.cases.store.jdbc.GroupCommitFixtures.complaint;
import static org.kasuhara.cases.store.jdbc.GroupCommitFixtures.together;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.StoreOptions;

/**
 * Group commit of intakes on a real H2 database: many writers share transactions, yet a case the database refuses
 * fails only its own caller, the same case sent by many writers at once is stored once, and while commits fail no
 * caller gets a receipt and nothing is stored.
 */
class GroupCommitTest {
    private static final int WRITERS = 8;

    @TempDir
    Path dir;

    @Test
    void aCaseTheDatabaseRefusesFailsOnlyItsOwnCallerWhileOthersShareItsTransaction() throws Exception {
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            // the database refuses some cases (as it would a value out of its range): writer 0 sends one every
            // tenth time
            try (Connection c = store.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("ALTER TABLE kh_case ADD CONSTRAINT test_refused CHECK (case_id NOT LIKE 'REFUSED%')");
            }
            List<Future<List<Object>>> futures = together(WRITERS, writer -> {
                List<Object> outcomes = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    boolean bad = writer == 0 && i % 10 == 0;
                    try {
                        outcomes.add(store.intake(complaint((bad ? "REFUSED-" : "W") + writer + "-" + i)));
                    } catch (CaseStoreException e) {
                        outcomes.add(e);
                    }
                }
                return outcomes;
            });
            Set<String> receipts = new HashSet<>();
            int refused = 0;
            for (Future<List<Object>> f : futures) {
                for (Object outcome : f.get()) {
                    if (outcome instanceof Receipt r) {
                        assertThat(receipts.add(r.number())).as("receipts are unique").isTrue();
                    } else {
                        refused++;
                        assertThat((Exception) outcome).hasMessageContaining("cannot store").hasMessageNotContaining(
                                "REFUSED-");
                    }
                }
            }
            assertThat(refused).isEqualTo(5);
            assertThat(receipts).hasSize(WRITERS * 50 - 5);
            assertThat(store.count(CaseQuery.all())).isEqualTo(WRITERS * 50 - 5);
        }
    }

    @Test
    void theSameCaseSentByManyWritersAtOnceIsStoredOnceAndAllGetItsReceipt() throws Exception {
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            for (int round = 0; round < 20; round++) {
                String id = "SAME-" + round;
                List<Future<Receipt>> futures = together(WRITERS, writer -> store.intake(complaint(id)));
                Set<String> numbers = new HashSet<>();
                int originals = 0;
                for (Future<Receipt> f : futures) {
                    numbers.add(f.get().number());
                    originals += f.get().resubmission() ? 0 : 1;
                }
                assertThat(numbers).as("round " + round).hasSize(1);
                assertThat(originals).as("exactly one original receipt").isEqualTo(1);
            }
            assertThat(store.count(CaseQuery.all())).isEqualTo(20);
        }
    }

    @Test
    void whileCommitsFailNoCallerGetsAReceiptAndNothingIsStored() throws Exception {
        JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db") + ";TRACE_LEVEL_FILE=0",
                "sa", "");
        AtomicBoolean failing = new AtomicBoolean();
        AtomicInteger failedCommits = new AtomicInteger();
        DataSource flaky = failingCommits(h2, failing, failedCommits);
        try (JdbcCaseStore store = JdbcCaseStore.create(flaky, StoreOptions.defaults())) {
            store.intake(complaint("BEFORE"));
            failing.set(true);
            List<Future<Object>> futures = together(WRITERS, writer -> {
                try {
                    return store.intake(complaint("DOWN-" + writer));
                } catch (CaseStoreException e) {
                    return e;
                }
            });
            for (Future<Object> f : futures) {
                assertThat(f.get()).isInstanceOf(CaseStoreException.class);
            }
            assertThat(failedCommits.get()).isGreaterThanOrEqualTo(WRITERS);
            failing.set(false);
            assertThat(store.count(CaseQuery.all())).as("only the case committed before").isEqualTo(1);
            assertThat(store.intake(complaint("DOWN-0")).resubmission()).isFalse();
        } finally {
            h2.dispose();
        }
    }

    @Test
    void closingWhileWritersWaitNeitherHangsNorLosesAnAcknowledgedCase() throws Exception {
        List<Receipt> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        JdbcCaseStore store = JdbcCaseStore.h2(dir);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    try {
                        acknowledged.add(store.intake(complaint("C" + writer + "-" + i)));
                    } catch (IllegalStateException | CaseStoreException e) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(200);
        store.close();
        pool.shutdown();
        assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).as("no writer hangs").isTrue();

        assertThat(refused.get()).as("intakes after the close are refused").isPositive();
        try (JdbcCaseStore reopened = JdbcCaseStore.h2(dir)) {
            for (Receipt r : acknowledged) {
                assertThat(reopened.find(r.number())).as(r.number() + " was acknowledged").isPresent();
            }
        }
    }

    @Test
    void aSingleWriterStillGetsItsReceiptAtOnce() {
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            Receipt first = store.intake(complaint("ONE"));
            assertThat(store.intake(complaint("ONE")).number()).isEqualTo(first.number());
            assertThatThrownBy(() -> store.intake(null)).isInstanceOf(NullPointerException.class);
        }
    }

    /** Connections whose commit throws while {@code failing} is set (as when the disk is full). */
    private static DataSource failingCommits(JdbcConnectionPool pool, AtomicBoolean failing, AtomicInteger failed) {
        return (DataSource) Proxy.newProxyInstance(GroupCommitTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object value = invoke(method, pool, args);
                    if (!(value instanceof Connection real)) {
                        return value;
                    }
                    return Proxy.newProxyInstance(GroupCommitTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit") && failing.get()) {
                                    failed.incrementAndGet();
                                    throw new SQLException("disk full (test)", "53100");
                                }
                                return invoke(m, real, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
