// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code assess} on the sample mix while another thread reloads a changed rule set back to back, against the
 * same thread assessing on the same engine with no reload ({@code alone}). Throughput mode gives ops/s;
 * sample mode gives the latency distribution of single assessments, up to the slowest one (p1.00). An
 * assessment that failed, or a reload that did not swap, ends the run with an error.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Group)
public class AssessDuringReloadBenchmark {
    private WatchedRuleFolder folder;
    private Case[] cases;

    /** Where the assessing thread is in the rotation of cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** Copies the default rules, starts the engine and warms it on the cases. */
    @Setup
    public void setUp() {
        folder = new WatchedRuleFolder(BenchmarkRules.DEFAULT);
        List<Case> list = CaseKind.casesFor("mix");
        cases = list.toArray(Case[]::new);
        for (Case c : cases) {
            folder.engine().assess(c);
        }
    }

    /** Stops the watcher and deletes the copy. */
    @TearDown
    public void tearDown() {
        folder.close();
    }

    private Assessment next(Cursor cursor) {
        Case[] all = cases;
        int i = cursor.next;
        cursor.next = i + 1 == all.length ? 0 : i + 1;
        return folder.engine().assess(all[i]);
    }

    /**
     * Assesses the next case while the other thread of the group reloads.
     *
     * @param cursor this thread's position
     * @return the assessment, consumed by JMH
     */
    @Benchmark
    @Group("reloading")
    @GroupThreads(1)
    public Assessment assess(Cursor cursor) {
        return next(cursor);
    }

    /**
     * Edits and reloads the rules, back to back.
     *
     * @return the event, consumed by JMH
     */
    @Benchmark
    @Group("reloading")
    @GroupThreads(1)
    public ReloadEvent reload() {
        return folder.editAndReload();
    }

    /**
     * Assesses the next case with no reload, for comparison.
     *
     * @param cursor this thread's position
     * @return the assessment, consumed by JMH
     */
    @Benchmark
    @Group("alone")
    @GroupThreads(1)
    public Assessment assessAlone(Cursor cursor) {
        return next(cursor);
    }
}
