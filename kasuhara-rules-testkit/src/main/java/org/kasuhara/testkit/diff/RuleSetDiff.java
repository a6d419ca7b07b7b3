// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseRecord;
import org.kasuhara.json.InputProblem;

/**
 * Compares two rule sets on past cases: assesses each case with the old and the new engine on the same worker
 * thread, several cases at a time, and
 * hands the results to one consumer on the caller's thread in input order. Batches keep the hand-over cheap; a
 * bounded number of batches in flight keeps memory flat however long the input is. With one thread, everything
 * runs on the caller's thread. Collect the results in a {@link DiffReport} to group the cases whose decision
 * changed ({@code kasuhara rules diff} prints one).
 */
public final class RuleSetDiff implements AutoCloseable {
    private static final int BATCH = 64;
    private final TriageEngine before;
    private final TriageEngine after;
    private final Consumer<Result> sink;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final ArrayDeque<Future<List<Result>>> inFlight = new ArrayDeque<>();
    private List<Input> batch = new ArrayList<>(BATCH);

    /**
     * The outcome for one record: a comparison, or the problem that made it invalid.
     *
     * @param comparison the comparison, or {@code null}
     * @param problem    the problem, or {@code null}
     */
    public record Result(CaseComparison comparison, InputProblem problem) {
    }

    private record Input(String source, CaseRecord record) {
    }

    /**
     * @param before  the engine of the old rule set
     * @param after   the engine of the new rule set
     * @param threads how many threads assess; 1 for the caller's thread only
     * @param sink    receives every result in input order, on the caller's thread
     */
    public RuleSetDiff(TriageEngine before, TriageEngine after, int threads, Consumer<Result> sink) {
        this.before = before;
        this.after = after;
        this.sink = sink;
        this.maxInFlight = threads * 4;
        if (threads > 1) {
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "kasuhara-diff-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        } else {
            this.workers = null;
        }
    }

    /**
     * Queues one record read from {@code source}; may deliver earlier results to the sink.
     *
     * @param source the input it came from
     * @param record the record, valid or not
     */
    public void submit(String source, CaseRecord record) {
        Input input = new Input(source, record);
        if (workers == null) {
            sink.accept(compare(input));
            return;
        }
        batch.add(input);
        if (batch.size() == BATCH) {
            dispatch();
        }
    }

    /** Delivers every remaining result. */
    public void finish() {
        if (!batch.isEmpty()) {
            dispatch();
        }
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void dispatch() {
        List<Input> work = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(workers.submit(() -> compareAll(work)));
        while (inFlight.size() > maxInFlight) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        try {
            inFlight.removeFirst().get().forEach(sink);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing cases", e);
        }
    }

    private List<Result> compareAll(List<Input> inputs) {
        List<Result> results = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            results.add(compare(input));
        }
        return results;
    }

    private Result compare(Input input) {
        CaseRecord record = input.record();
        if (!record.isValid()) {
            return new Result(null, record.problem());
        }
        return new Result(CaseComparison.of(input.source(), record.line(), before.assess(record.value()),
                after.assess(record.value())), null);
    }
}
