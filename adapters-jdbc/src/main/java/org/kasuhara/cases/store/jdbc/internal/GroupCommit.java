package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for intakes: callers that arrive while a transaction is committing wait for it, and the next one to
 * get the commit lock stores all of them (up to {@link #MAX_BATCH}) in one transaction, so that many concurrent
 * writers pay for one commit instead of one each. Nobody's result is given before the transaction holding their case
 * has committed; when a shared transaction fails, each case of it is stored again in a transaction of its own, so
 * that one bad case (a value the database refuses) fails only its own caller.
 *
 * <p>No thread of its own: the caller that holds the lock does the work (leader and followers), so there is nothing
 * to start or stop. Thread-safe.
 *
 * @param <I> a request
 * @param <R> its result
 */
public final class GroupCommit<I, R> {
    /** The most requests one transaction stores. */
    public static final int MAX_BATCH = 128;

    /** Stores one request inside a transaction that may hold others. @param <I> request @param <R> result */
    @FunctionalInterface
    public interface InBatch<I, R> {
        /** @param c the shared transaction's connection @param request the request @return its result */
        R store(Connection c, I request) throws SQLException;
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
    private final ReentrantLock commitLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending<I, R>> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param transactions runs the shared transactions
     * @param inBatch      stores a request inside a shared transaction
     * @param alone        stores a request in its own transaction (when it is alone, or its batch failed)
     */
    public GroupCommit(Transactions transactions, InBatch<I, R> inBatch, Alone<I, R> alone) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.inBatch = Objects.requireNonNull(inBatch, "inBatch");
        this.alone = Objects.requireNonNull(alone, "alone");
    }

    /**
     * @param request the request
     * @return its result, once the transaction that stored it has committed
     * @throws RuntimeException the failure of its own transaction
     */
    public R submit(I request) {
        Pending<I, R> mine = new Pending<>(request);
        queue.add(mine);
        commitLock.lock();
        try {
            if (!mine.done) {
                run(drain());
            }
        } finally {
            commitLock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    private List<Pending<I, R>> drain() {
        List<Pending<I, R>> batch = new ArrayList<>();
        for (Pending<I, R> next = queue.poll(); next != null; next = batch.size() < MAX_BATCH - 1 ? queue.poll()
                : null) {
            batch.add(next);
        }
        return batch;
    }

    private void run(List<Pending<I, R>> batch) {
        if (batch.size() > 1) {
            try {
                List<R> results = transactions.inTransaction("store " + batch.size() + " cases", c -> {
                    List<R> stored = new ArrayList<>(batch.size());
                    for (Pending<I, R> p : batch) {
                        stored.add(inBatch.store(c, p.request));
                    }
                    return stored;
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeed(results.get(i));
                }
                return;
            } catch (RuntimeException shared) {
                // one of them may be bad: each is stored again on its own, below
            }
        }
        for (Pending<I, R> p : batch) {
            try {
                p.succeed(alone.store(p.request));
            } catch (RuntimeException e) {
                p.fail(e);
            }
        }
    }

    /** One caller's request; its fields are written under the commit lock and read after acquiring it. */
    private static final class Pending<I, R> {
        final I request;
        volatile boolean done;
        R result;
        RuntimeException failure;

        Pending(I request) {
            this.request = request;
        }

        void succeed(R value) {
            result = value;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }
    }
}
