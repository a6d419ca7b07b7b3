// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link TriageEngine#assess} on one engine shared by all benchmark threads (run with
 * {@code -t 1} and {@code -t 2}). {@code mix} assesses the three kinds in turn, each thread keeping its own
 * position. {@code rules} names the rule set (see {@link BenchmarkRules}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AssessBenchmark {

    /** Which cases to assess: a {@link CaseKind} id or {@code mix}. */
    @Param({"webForm", "transcript", "tenContacts", "mix"})
    public String kind;

    /** Which rule set: {@code default} or a rule-set directory. */
    @Param(BenchmarkRules.DEFAULT)
    public String rules;

    private TriageEngine engine;
    private Case[] cases;

    /** Where one thread is in the rotation of cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** Compiles the rules once and reads the cases; a failure here stops the run before measuring. */
    @Setup
    public void setUp() {
        engine = TriageEngine.builder().rules(BenchmarkRules.named(rules)).build();
        List<Case> list = CaseKind.casesFor(kind);
        cases = list.toArray(Case[]::new);
        for (Case c : cases) {
            engine.assess(c);
        }
    }

    /**
     * Assesses the next case of the rotation.
     *
     * @param cursor this thread's position
     * @return the assessment, consumed by JMH
     */
    @Benchmark
    public Assessment assess(Cursor cursor) {
        Case[] all = cases;
        int i = cursor.next;
        cursor.next = i + 1 == all.length ? 0 : i + 1;
        return engine.assess(all[i]);
    }
}
