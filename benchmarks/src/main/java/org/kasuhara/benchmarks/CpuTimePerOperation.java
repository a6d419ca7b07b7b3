// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;

/**
 * CPU time per operation — text analysis of the {@link TextThroughputBenchmark} texts, and {@code assess()} and the
 * analysis of its contact texts per case kind — measured with the thread's CPU clock, for a machine too loaded for
 * JMH's wall-clock throughput: time spent waiting for a core is not counted. Each figure is the median of seven
 * windows of one CPU-second after a warm-up of {@value #WARMUP_CPU_SECONDS} CPU-seconds. Uses the public API only,
 * so the same source file can measure an older build:
 * {@code java -cp OLD/benchmarks.jar benchmarks/src/main/java/org/kasuhara/benchmarks/CpuTimePerOperation.java}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.CpuTimePerOperation [text|assess|all]</pre>
 */
public final class CpuTimePerOperation {
    static final int WARMUP_CPU_SECONDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private CpuTimePerOperation() {
    }

    /**
     * Measures and prints one line per figure.
     *
     * @param args {@code text}, {@code assess} or {@code all} (default)
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        RuleSet rules = RuleSet.compile(RuleSource.defaults());
        TextAnalyzer analyzer = rules.analyzer();
        StringBuilder out = new StringBuilder();
        if (!what.equals("assess")) {
            for (Map.Entry<String, String> text : texts().entrySet()) {
                TextInput input = new TextInput(0, text.getValue(), null, Speaker.STAFF_NARRATIVE);
                out.append(String.format(Locale.ROOT, "text %-14s %5d chars %9.2f us CPU%n", text.getKey(),
                        text.getValue().length(), microsPerOp(() -> analyzer.analyze(input))));
            }
        }
        if (!what.equals("text")) {
            TriageEngine engine = TriageEngine.builder().ruleSet(rules).build();
            for (CaseKind kind : CaseKind.values()) {
                Case complaint = kind.read();
                List<TextInput> inputs = inputsOf(complaint);
                double assess = microsPerOp(() -> engine.assess(complaint));
                double analysis = microsPerOp(() -> {
                    Object last = null;
                    for (TextInput input : inputs) {
                        last = analyzer.analyze(input);
                    }
                    return last;
                });
                out.append(String.format(Locale.ROOT, "assess %-12s %9.2f us CPU, text analysis %9.2f us CPU (%.0f%%)%n",
                        kind.id(), assess, analysis, 100 * analysis / assess));
            }
        }
        System.out.print(out);
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("jaShortPolite", "注文したケーキの名前が間違っていました。代金の返金をお願いします。");
        texts.put("jaShortThreat", "返金しないなら殺されたいのか、お前。ネットに晒してやるからな。");
        texts.put("enShort", "If you don't refund me today I'll kill you, you idiot. I'm posting this on Twitter.");
        texts.put("jaLong", resource("/cases/transcript-ja.txt"));
        texts.put("jaKanaReading", "買ったばかりなのに壊れました。そればかりか、説明もありません。");
        return texts;
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(CaseKind.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contact texts as the engine reads them (speaker from channel and staff). */
    private static List<TextInput> inputsOf(Case complaint) {
        List<TextInput> inputs = new ArrayList<>();
        for (int i = 0; i < complaint.contacts().size(); i++) {
            Contact contact = complaint.contacts().get(i);
            var channel = contact.channel() == null ? complaint.channel() : contact.channel();
            Speaker speaker = channel.isWrittenByCustomer() && contact.staff() == null
                    ? Speaker.CUSTOMER : Speaker.STAFF_NARRATIVE;
            inputs.add(new TextInput(i, contact.text(), complaint.language(), speaker));
        }
        return inputs;
    }

    /** An operation to time. */
    @FunctionalInterface
    private interface Operation {
        Object run();
    }

    private static double microsPerOp(Operation op) {
        long warm = THREADS.getCurrentThreadCpuTime() + WARMUP_CPU_SECONDS * 1_000_000_000L;
        while (THREADS.getCurrentThreadCpuTime() < warm) {
            for (int k = 0; k < 16; k++) {
                sink = op.run();
            }
        }
        double[] windows = new double[7];
        for (int w = 0; w < windows.length; w++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long n = 0;
            long used;
            do {
                for (int k = 0; k < 16; k++) {
                    sink = op.run();
                }
                n += 16;
                used = THREADS.getCurrentThreadCpuTime() - start;
            } while (used < 1_000_000_000L);
            windows[w] = used / 1000.0 / n;
        }
        Arrays.sort(windows);
        return windows[windows.length / 2];
    }
}
