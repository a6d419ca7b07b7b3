// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.kasuhara.model.Case;

/**
 * Whether replaced rule sets are freed: reloads a changed default rule set {@code N} times (assessing the mix
 * after each), and prints used heap and metaspace after repeated {@code System.gc()} at every tenth reload. Flat
 * figures mean old rule sets and their generated classes are unloaded.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.ReloadFootprint 50}
 */
public final class ReloadFootprint {
    private ReloadFootprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of reloads (50 when absent)
     */
    public static void main(String[] args) {
        int reloads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<Case> cases = CaseKind.casesFor("mix");
        try (WatchedRuleFolder folder = new WatchedRuleFolder(BenchmarkRules.DEFAULT)) {
            System.out.println("reloads  heap MiB  metaspace MiB  classes loaded  classes unloaded");
            for (int i = 0; i <= reloads; i++) {
                if (i > 0) {
                    folder.editAndReload();
                }
                cases.forEach(folder.engine()::assess);
                if (i % 10 == 0) {
                    print(i);
                }
            }
        }
    }

    private static void print(int reloads) {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace")).mapToLong(p -> p.getUsage().getUsed()).sum();
        var classes = ManagementFactory.getClassLoadingMXBean();
        System.out.printf("%7d  %8.1f  %13.1f  %14d  %16d%n", reloads, heap / 1048576.0, metaspace / 1048576.0,
                classes.getTotalLoadedClassCount(), classes.getUnloadedClassCount());
    }

}
