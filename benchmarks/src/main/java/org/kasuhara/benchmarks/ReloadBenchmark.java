// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.ReloadEvent;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one reload of a changed rule set in a warm JVM: write the policy file, then
 * {@code ReloadingTriageEngine.reload()} reads and hashes the folder, compiles DRL, policy and lexicons, and
 * swaps the engine. The file write (tens of microseconds) is included; it is noise next to the compile.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ReloadBenchmark {

    /** Which rule set: {@code default} or a rule-set directory (copied to a temporary folder). */
    @Param(BenchmarkRules.DEFAULT)
    public String rules;

    private WatchedRuleFolder folder;

    /** Copies the rules and starts the engine. */
    @Setup
    public void setUp() {
        folder = new WatchedRuleFolder(rules);
    }

    /** Stops the watcher and deletes the copy. */
    @TearDown
    public void tearDown() {
        folder.close();
    }

    /**
     * Edits the policy and reloads it.
     *
     * @return the event, consumed by JMH
     */
    @Benchmark
    public ReloadEvent editAndReload() {
        return folder.editAndReload();
    }
}
