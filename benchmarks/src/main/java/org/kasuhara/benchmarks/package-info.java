// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Benchmarks of the triage engine, run from {@code benchmarks/target/benchmarks.jar} and never by the tests:
 * JMH throughput of {@code assess} ({@link org.kasuhara.benchmarks.AssessBenchmark}), text analysis alone
 * ({@link org.kasuhara.benchmarks.TextAnalysisBenchmark}), CPU time per operation for a loaded machine
 * ({@link org.kasuhara.benchmarks.CpuTimePerOperation}), a new JVM's first assessment
 * ({@link org.kasuhara.benchmarks.ColdStart}) and retained heap per engine
 * ({@link org.kasuhara.benchmarks.EngineFootprint}), reload time ({@link org.kasuhara.benchmarks.ReloadBenchmark}),
 * assessments during reloads ({@link org.kasuhara.benchmarks.AssessDuringReloadBenchmark}) and whether replaced rule
 * sets are freed ({@link org.kasuhara.benchmarks.ReloadFootprint}); {@link org.kasuhara.benchmarks.ProfileBreakdown} reads a JFR
 * profile of the assess benchmark. How to run them and the figures: {@code docs/benchmarks.md}.
 */
package org.kasuhara.benchmarks;
