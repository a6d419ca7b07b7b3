// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Finding;

/**
 * A new JVM's way to its first assessment, timed in steps: JVM start to {@code main}, reading the case
 * (Jackson), building the engine (compiling the default rules) and the first assessment. Prints one line of
 * {@code key=value} pairs; {@link ColdStartSeries} runs it in several fresh JVMs and takes medians.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.ColdStart [webForm|transcript|tenContacts] [rules]</pre>
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Measures one cold start.
     *
     * @param args optionally the case kind (default {@code webForm}) and the rule set (default {@code default},
     *             see {@link BenchmarkRules})
     */
    public static void main(String[] args) {
        long mainNanos = System.nanoTime();
        long mainMillis = System.currentTimeMillis();
        String kind = args.length > 0 ? args[0] : CaseKind.WEB_FORM.id();
        String rules = args.length > 1 ? args[1] : BenchmarkRules.DEFAULT;

        Case complaint = CaseKind.casesFor(kind).get(0);
        long read = System.nanoTime();
        TriageEngine engine = TriageEngine.builder().rules(BenchmarkRules.named(rules)).build();
        long built = System.nanoTime();
        Assessment first = engine.assess(complaint);
        long assessed = System.nanoTime();
        engine.assess(complaint);
        long second = System.nanoTime();

        // The management classes are loaded only now, so that loading them is not counted in the steps above.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        double toMain = mainMillis - jvmStart;
        double readMs = millis(read - mainNanos);
        double buildMs = millis(built - read);
        double firstMs = millis(assessed - built);
        String findings = first.findings().stream().map(Finding::rule).distinct()
                .collect(Collectors.joining(","));
        System.out.println(String.format(Locale.ROOT,
                "kind=%s rules=%s jvmToMainMs=%.0f readCaseMs=%.1f buildEngineMs=%.1f firstAssessMs=%.1f"
                        + " jvmToFirstAssessmentMs=%.1f secondAssessMs=%.3f verdict=%s findings=%s",
                kind, rules, toMain, readMs, buildMs, firstMs,
                toMain + readMs + buildMs + firstMs, millis(second - assessed), first.verdict(),
                findings.isEmpty() ? "-" : findings));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
