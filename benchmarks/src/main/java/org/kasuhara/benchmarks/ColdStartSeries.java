// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link ColdStart} in several fresh JVMs, one after the other, and prints each run and the median of
 * every step, plus the wall time of each whole {@code java} process as seen from outside.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.ColdStartSeries [runs] [kind] [rules] [jvm options…]</pre>
 */
public final class ColdStartSeries {

    private ColdStartSeries() {
    }

    /**
     * Runs the series.
     *
     * @param args runs (default 5), case kind (default {@code webForm}), rules (default {@code default}), then
     *             options for the child JVMs
     * @throws IOException          when a child JVM cannot be started
     * @throws InterruptedException when interrupted while waiting for one
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String kind = args.length > 1 ? args[1] : CaseKind.WEB_FORM.id();
        String rules = args.length > 2 ? args[2] : BenchmarkRules.DEFAULT;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(args).subList(Math.min(args.length, 3), args.length));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), kind, rules));

        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1_000_000.0;
            if (exit != 0) {
                throw new IllegalStateException("ColdStart exited with " + exit + ": " + line);
            }
            System.out.printf(Locale.ROOT, "run %d: %s wholeProcessMs=%.0f%n", i, line, wall);
            for (String pair : line.split(" ")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[1].matches("[0-9.]+")) {
                    values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Double.parseDouble(kv[1]));
                }
            }
            values.computeIfAbsent("wholeProcessMs", k -> new ArrayList<>()).add(wall);
        }
        System.out.printf(Locale.ROOT, "median of %d runs (%s, %s):%n", runs, kind, rules);
        values.forEach((key, list) -> System.out.printf(Locale.ROOT, "  %-24s %10.1f   (min %.1f, max %.1f)%n",
                key, median(list), list.stream().mapToDouble(d -> d).min().orElse(0),
                list.stream().mapToDouble(d -> d).max().orElse(0)));
    }

    static double median(List<Double> list) {
        List<Double> sorted = list.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
