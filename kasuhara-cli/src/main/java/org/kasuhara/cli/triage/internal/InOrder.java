// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.triage.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work on several threads and hands the results on in the order the work was submitted, holding at most a few
 * results per thread in memory: a file of any size streams through, and the output is the same, byte for byte, as
 * with one thread. Results are handed on the submitting thread, so whatever writes them needs no locking. With one
 * thread the work runs where it is submitted.
 *
 * @param <T> what one piece of work gives
 */
public final class InOrder<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final ArrayDeque<CompletableFuture<T>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> sink;

    /**
     * @param threads how many threads work (1: none are started)
     * @param sink    what receives each result, in submission order, on the submitting thread
     */
    public InOrder(int threads, Consumer<T> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        this.sink = sink;
        this.window = 8 * threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "kasuhara-triage");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Submits one piece of work; hands on the oldest results once the window is full. */
    public void submit(Supplier<T> work) {
        if (pool == null) {
            sink.accept(work.get());
            return;
        }
        pending.add(CompletableFuture.supplyAsync(work, pool));
        while (pending.size() >= window || (!pending.isEmpty() && pending.peek().isDone())) {
            handOnOldest();
        }
    }

    /** Hands on every result still pending. */
    public void finish() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        try {
            sink.accept(pending.remove().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an assessment", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
