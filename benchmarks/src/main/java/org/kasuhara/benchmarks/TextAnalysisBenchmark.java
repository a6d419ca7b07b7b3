// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextSignal;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of a rule set's text analyser alone, on every contact text of one case, so that the
 * share of text analysis in {@link AssessBenchmark} can be told apart from the rule session.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TextAnalysisBenchmark {

    /** Which case's texts to analyse: a {@link CaseKind} id. */
    @Param({"webForm", "transcript", "tenContacts"})
    public String kind;

    /** Which rule set's lexicons: {@code default} or a rule-set directory. */
    @Param(BenchmarkRules.DEFAULT)
    public String rules;

    private TextAnalyzer analyzer;
    private TextInput[] inputs;

    /** Compiles the rules and prepares the inputs as the engine does (speaker from channel and staff). */
    @Setup
    public void setUp() {
        analyzer = RuleSet.compile(BenchmarkRules.named(rules)).analyzer();
        Case complaint = CaseKind.casesFor(kind).get(0);
        List<TextInput> list = new ArrayList<>();
        for (int i = 0; i < complaint.contacts().size(); i++) {
            Contact contact = complaint.contacts().get(i);
            var channel = contact.channel() == null ? complaint.channel() : contact.channel();
            Speaker speaker = channel.isWrittenByCustomer() && contact.staff() == null
                    ? Speaker.CUSTOMER : Speaker.STAFF_NARRATIVE;
            list.add(new TextInput(i, contact.text(), complaint.language(), speaker));
        }
        inputs = list.toArray(TextInput[]::new);
    }

    /**
     * Analyses every contact text of the case.
     *
     * @param sink consumes the signals
     */
    @Benchmark
    public void analyzeCase(Blackhole sink) {
        for (TextInput input : inputs) {
            List<TextSignal> signals = analyzer.analyze(input);
            sink.consume(signals);
        }
    }
}
