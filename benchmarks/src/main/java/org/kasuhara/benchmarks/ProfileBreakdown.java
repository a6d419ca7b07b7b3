// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Tells where {@code assess} spends its time, from a JFR recording of {@link AssessBenchmark} (JMH's
 * {@code -prof jfr}): the share of CPU samples in each step of an assessment, and the hottest methods.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.ProfileBreakdown profile.jfr [top]</pre>
 */
public final class ProfileBreakdown {
    /** Steps of an assessment, tried in order: a sample counts for the first step found on its stack. */
    private static final Map<String, Predicate<List<String>>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("text analysis (org.kasuhara.text)", any(m -> m.startsWith("org.kasuhara.text.")));
        STEPS.put("Drools: new session (newKieSession)", any(m -> m.endsWith(".newKieSession")));
        STEPS.put("Drools: fireAllRules", any(m -> m.endsWith(".fireAllRules")));
        STEPS.put("Drools: insert facts", any(m -> m.endsWith("Session.insert") || m.endsWith("EntryPoint.insert")));
        STEPS.put("Drools: dispose session", any(m -> m.endsWith("Session.dispose")));
        STEPS.put("Drools: collect findings (getObjects)", any(m -> m.endsWith(".getObjects")));
        STEPS.put("derive facts (FactDeriver, not text)", any(m -> m.contains(".FactDeriver.")));
        STEPS.put("report due date (calendar)", any(m -> m.startsWith("org.kasuhara.calendar.")));
        STEPS.put("rest of assess (sort, actions, result)", any(m -> m.contains(".DroolsTriageEngine.")));
    }

    private ProfileBreakdown() {
    }

    /**
     * Prints the breakdown.
     *
     * @param args the JFR file, optionally how many hot methods to list (default 15)
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> steps = new LinkedHashMap<>();
        STEPS.keySet().forEach(k -> steps.put(k, 0));
        Map<String, Integer> hot = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            String step = STEPS.entrySet().stream().filter(e -> e.getValue().test(frames)).map(Map.Entry::getKey)
                    .findFirst().orElse("outside assess (JMH, JIT, GC threads…)");
            steps.merge(step, 1, Integer::sum);
            hot.merge(frames.get(0), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d CPU samples%n", total);
        int n = Math.max(total, 1);
        steps.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
        System.out.println("hottest methods (top frame):");
        hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
    }

    private static Predicate<List<String>> any(Predicate<String> method) {
        return frames -> frames.stream().anyMatch(method);
    }
}
