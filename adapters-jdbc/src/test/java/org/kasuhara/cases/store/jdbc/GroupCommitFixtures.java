// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.model.Case;

/** What the group-commit tests on H2 and on PostgreSQL share: a case to store, and writers released at once. */
final class GroupCommitFixtures {
    private GroupCommitFixtures() {
    }

    static Case complaint(String id) {
        return StoreFixtures.complaint(id, "acme-foods", "2026-11-20T10:03:00+09:00");
    }

    /** Runs one task per writer, all released at once, and returns their futures once every writer is done. */
    static <T> List<Future<T>> together(int writers, IntFunction<T> task) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(threads.submit(() -> {
                start.await();
                return task.apply(writer);
            }));
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).as("no writer hangs").isTrue();
        return futures;
    }
}
