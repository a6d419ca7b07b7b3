// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from growing without end. The store writes every commit before it returns
 * ({@code WRITE_DELAY=0}, so a killed process loses no acknowledged case), which also turns off H2's background
 * housekeeping: every commit appends a chunk, and without compaction the file grew by about 64 KB per case. This runs
 * H2's own chunk compaction ({@link MVStore#compact(int, int)}: live pages of sparse chunks are rewritten, so the
 * chunks can be reused once H2's retention time has passed) on a daemon thread after every {@value #WRITES} writes,
 * at a fixed interval when anything was written, and on demand. ({@code MVStore.compactFile}, which also truncates the
 * file, sets the retention time to zero and failed an internal assertion on a live database: H2 runs it on close.)
 */
public final class H2Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    private final JdbcConnectionPool pool;
    /** Writes between two compactions. */
    static final int WRITES = 100;
    /** The most bytes one compaction rewrites. */
    private static final int REWRITE_BYTES = 16 << 20;
    /** Chunks less full than this are rewritten. */
    private static final int FILL_RATE = 90;

    private final ScheduledExecutorService scheduler;
    private final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
    private long compactedVersion = -1;

    private H2Housekeeping(JdbcConnectionPool pool) {
        this.pool = pool;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kasuhara-h2-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param pool  the pool on the H2 file database
     * @param every how often to look
     * @return the running housekeeping; close it before the pool
     */
    public static H2Housekeeping start(JdbcConnectionPool pool, Duration every) {
        H2Housekeeping housekeeping = new H2Housekeeping(pool);
        housekeeping.scheduler.scheduleWithFixedDelay(housekeeping::compactIfWritten, every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
        return housekeeping;
    }

    /** Counts a committed write; every {@value #WRITES} writes a compaction is queued (never run on the caller). */
    public void written() {
        if (writes.incrementAndGet() >= WRITES && queued.compareAndSet(false, true)) {
            writes.set(0);
            try {
                scheduler.execute(() -> {
                    queued.set(false);
                    compactIfWritten();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // closed
            }
        }
    }

    /** Compacts the file now, whether or not anything was written. */
    public synchronized void compactNow() {
        compact(true);
    }

    private synchronized void compactIfWritten() {
        compact(false);
    }

    private void compact(boolean always) {
        try (Connection connection = pool.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            long version = store.getCurrentVersion();
            if (always || version != compactedVersion) {
                store.compact(FILL_RATE, REWRITE_BYTES);
                compactedVersion = store.getCurrentVersion();
            }
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; compaction is an optimisation, never a reason to fail a write
            LOG.warn("case store: H2 file compaction skipped ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
