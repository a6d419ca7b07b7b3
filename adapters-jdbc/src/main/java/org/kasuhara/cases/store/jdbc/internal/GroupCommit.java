// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for intakes: callers hand their request to a committer thread (one by default) and wait; the committer
 * takes every request that is waiting (up to {@link #MAX_BATCH}) and stores them in one transaction, so that many
 * concurrent writers pay for one commit instead of one each, and a caller wakes once, when its own result is ready.
 * Nobody's
 * result is given before the transaction holding their case has committed; when a shared transaction fails, each
 * case of it is stored again in a transaction of its own, so that one bad case (a value the database refuses) fails
 * only its own caller. Thread-safe; {@link #close()} stores what is waiting and stops the threads.
 *
 * @param <I> a request
 * @param <R> its result
 */
public final class GroupCommit<I, R> implements AutoCloseable {
    /** The most requests one transaction stores. */
    public static final int MAX_BATCH = 128;

    /** Stores requests in one shared transaction. @param <I> request @param <R> result */
    @FunctionalInterface
    public interface InBatch<I, R> {
        /** @param c the shared transaction's connection @param requests the requests @return their results */
        List<R> store(Connection c, List<I> requests) throws SQLException;
    }

    /** Stores one request in a transaction of its own. @param <I> request @param <R> result */
    @FunctionalInterface
    public interface Alone<I, R> {
        /** @param request the request @return its result, committed */
        R store(I request);
    }

    private final Transactions transactions;
    private final InBatch<I, R> inBatch;
    private final Alone<I, R> alone;
    private final LinkedBlockingQueue<Pending<I, R>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param transactions runs the shared transactions
     * @param inBatch      stores requests inside a shared transaction
     * @param alone        stores a request in its own transaction (when it is alone, or its batch failed)
     */
    public GroupCommit(Transactions transactions, InBatch<I, R> inBatch, Alone<I, R> alone) {
        this(transactions, inBatch, alone, 1);
    }

    /**
     * @param transactions runs the shared transactions
     * @param inBatch      stores requests inside a shared transaction
     * @param alone        stores a request in its own transaction (when it is alone, or its batch failed)
     * @param committers   how many committer threads take batches from the queue at once: more than one lets a batch
     *                     be written while another waits for its commit (for a server that commits in parallel; a
     *                     case in two concurrent batches must then be serialised by {@code inBatch})
     */
    public GroupCommit(Transactions transactions, InBatch<I, R> inBatch, Alone<I, R> alone, int committers) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.inBatch = Objects.requireNonNull(inBatch, "inBatch");
        this.alone = Objects.requireNonNull(alone, "alone");
        if (committers < 1) {
            throw new IllegalArgumentException("committers must be positive: " + committers);
        }
        for (int i = 0; i < committers; i++) {
            Thread committer = new Thread(this::commitLoop, "kasuhara-group-commit-" + i);
            committer.setDaemon(true);
            committer.start();
            this.committers.add(committer);
        }
    }

    /**
     * @param request the request
     * @return its result, once the transaction that stored it has committed
     * @throws RuntimeException the failure of its own transaction
     * @throws IllegalStateException when the store is closed
     */
    public R submit(I request) {
        if (closed) {
            throw new IllegalStateException("the case store is closed");
        }
        Pending<I, R> mine = new Pending<>(request);
        queue.add(mine);
        if (closed && queue.remove(mine)) {
            throw new IllegalStateException("the case store is closed");
        }
        try {
            return mine.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void commitLoop() {
        List<Pending<I, R>> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<I, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                batch.forEach(p -> p.result.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void run(List<Pending<I, R>> batch) {
        if (batch.size() > 1) {
            try {
                List<I> requests = batch.stream().map(p -> p.request).toList();
                List<R> results = transactions.inTransaction("store " + batch.size() + " cases",
                        c -> inBatch.store(c, requests));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result.complete(results.get(i));
                }
                return;
            } catch (RuntimeException shared) {
                // one of them may be bad: each is stored again on its own, below
            }
        }
        for (Pending<I, R> p : batch) {
            try {
                p.result.complete(alone.store(p.request));
            } catch (RuntimeException e) {
                p.result.completeExceptionally(e);
            }
        }
    }

    /** Stores what is waiting, then stops the committer threads. Idempotent. */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            for (Thread committer : committers) {
                committer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        IllegalStateException stopped = new IllegalStateException("the case store is closed");
        for (Pending<I, R> left = queue.poll(); left != null; left = queue.poll()) {
            left.result.completeExceptionally(stopped);
        }
    }

    /** One caller's request and the result it waits for. */
    private record Pending<I, R>(I request, CompletableFuture<R> result) {
        Pending(I request) {
            this(request, new CompletableFuture<>());
        }
    }
}
