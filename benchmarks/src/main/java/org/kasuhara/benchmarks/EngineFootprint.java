// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;

/**
 * Retained heap (and metaspace) per engine: builds N engines, keeps them reachable, assesses every sample case
 * with each so that lazily built structures exist, forces full collections and divides the growth by N. Run
 * three ways: N compiled rule sets alone, N engines each compiling its own rules (the default builder), and N
 * engines sharing one compiled rule set ({@code builder().ruleSet(shared)}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.EngineFootprint [N] [rules]</pre>
 */
public final class EngineFootprint {
    private static final double MIB = 1024.0 * 1024.0;
    private static final int ASSESSMENTS_PER_ENGINE = 50;

    private EngineFootprint() {
    }

    /**
     * Measures and prints the footprint.
     *
     * @param args optionally N, the number of engines (default 10), and the rule set (default {@code default}, see
     *             {@link BenchmarkRules})
     * @throws InterruptedException when interrupted between collections
     */
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RuleSource rules = BenchmarkRules.named(args.length > 1 ? args[1] : BenchmarkRules.DEFAULT);
        List<Case> cases = CaseKind.casesFor("mix");
        // A first engine loads the classes and fills static caches; it stays reachable so that none of that
        // is counted below.
        TriageEngine warm = TriageEngine.builder().rules(rules).build();
        use(warm, cases);
        System.out.printf(Locale.ROOT, "N=%d, rules %s, Java %s, %s %s%n", n, rules.describe(), Runtime.version(),
                System.getProperty("java.vm.name"), ManagementFactory.getRuntimeMXBean().getInputArguments());

        measure("compiled rule set (RuleSet.compile)", n, () -> RuleSet.compile(rules));
        measure("engine, own rules (builder().build())", n, () -> use(TriageEngine.builder().rules(rules).build(), cases));
        RuleSet shared = RuleSet.compile(rules);
        measure("engine on a shared rule set", n, () -> use(TriageEngine.builder().ruleSet(shared).build(), cases));
        Reference.reachabilityFence(warm);
    }

    private static void measure(String what, int n, Supplier<Object> build) throws InterruptedException {
        long heap0 = usedHeapAfterGc();
        long meta0 = metaspaceUsed();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kept.add(build.get());
        }
        long heap1 = usedHeapAfterGc();
        long meta1 = metaspaceUsed();
        Reference.reachabilityFence(kept);
        System.out.printf(Locale.ROOT, "%-40s heap %7.2f MiB each   metaspace %6.2f MiB each%n", what,
                (heap1 - heap0) / MIB / n, (meta1 - meta0) / MIB / n);
    }

    private static TriageEngine use(TriageEngine engine, List<Case> cases) {
        for (int i = 0; i < ASSESSMENTS_PER_ENGINE; i++) {
            for (Case c : cases) {
                engine.assess(c);
            }
        }
        return engine;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long metaspaceUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> "Metaspace".equals(p.getName()))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
