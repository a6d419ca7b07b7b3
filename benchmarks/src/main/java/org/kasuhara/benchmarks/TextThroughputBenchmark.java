// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
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
 * Characters per second of the default analyser on short and long texts: multiply the score (texts per second)
 * by the text's length, printed at set-up. {@code jaShortThreat} has conjugated threats (殺されたいのか,
 * 晒してやる) found through the forms generated from the lexicon; {@code jaLong} is the 2,117-character call
 * transcript. No text is tokenized: Kuromoji reads only the lexicon's terms, when the rule set is compiled.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TextThroughputBenchmark {
    /** Which text. */
    @Param({"jaShortPolite", "jaShortThreat", "enShort", "jaLong"})
    public String text;

    private TextAnalyzer analyzer;
    private TextInput input;

    /** Compiles the default rules and picks the text. */
    @Setup
    public void setUp() {
        analyzer = RuleSet.compile(RuleSource.defaults()).analyzer();
        String value = switch (text) {
            case "jaShortPolite" -> "注文したケーキの名前が間違っていました。代金の返金をお願いします。";
            case "jaShortThreat" -> "返金しないなら殺されたいのか、お前。ネットに晒してやるからな。";
            case "enShort" -> "If you don't refund me today I'll kill you, you idiot. I'm posting this on Twitter.";
            case "jaLong" -> resource("/cases/transcript-ja.txt");
            default -> throw new IllegalArgumentException(text);
        };
        input = new TextInput(0, value, null, Speaker.STAFF_NARRATIVE);
        System.out.println("\n" + text + ": " + value.length() + " chars");
    }

    /**
     * Analyses the text once.
     *
     * @return the signals, so that the JIT keeps the work
     */
    @Benchmark
    public Object analyze() {
        return analyzer.analyze(input);
    }

    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(TextThroughputBenchmark.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
