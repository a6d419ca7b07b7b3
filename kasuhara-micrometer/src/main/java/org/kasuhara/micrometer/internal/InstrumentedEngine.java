// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadListener;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.AssessmentContext;
import org.kasuhara.micrometer.DefaultAssessmentObservationConvention;
import org.kasuhara.micrometer.KasuharaMeters;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** An engine whose assessments are counted by verdict, timed and observed; the rules are the delegate's. */
public class InstrumentedEngine implements TriageEngine {
    private final TriageEngine delegate;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    /** Meters by verdict (and rule-set name): found once, not built anew for every assessment. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /**
     * @param delegate     the engine that assesses
     * @param meters       where the counter and timer go
     * @param observations where the observations go
     */
    public InstrumentedEngine(TriageEngine delegate, MeterRegistry meters, ObservationRegistry observations) {
        this.delegate = delegate;
        this.meters = meters;
        this.observations = observations;
    }

    @Override
    public Assessment assess(Case complaint) {
        // the context holds the channel and the rule set only: the case's id, parties and text stay out of traces
        AssessmentContext context = new AssessmentContext(complaint == null ? null : complaint.channel(),
                delegate.ruleSet().ref());
        Observation observation = Observation.createNotStarted(null, DefaultAssessmentObservationConvention.INSTANCE,
                () -> context, observations);
        long start = System.nanoTime();
        String verdict = "ERROR";
        try {
            Assessment assessment = observation.observe(() -> {
                Assessment result = delegate.assess(complaint);
                context.assessed(result.verdict(), result.ruleSet());
                return result;
            });
            verdict = assessment.verdict().name();
            counter(verdict, assessment.ruleSet().name()).increment();
            return assessment;
        } finally {
            timer(verdict).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Counter counter(String verdict, String ruleSet) {
        return counters.computeIfAbsent(verdict + '\n' + ruleSet, key -> Counter.builder(KasuharaMeters.ASSESSMENTS)
                .tag("verdict", verdict).tag("ruleset", ruleSet).description("Assessments by verdict")
                .register(meters));
    }

    private Timer timer(String verdict) {
        return timers.computeIfAbsent(verdict, key -> Timer.builder(KasuharaMeters.ASSESSMENT_DURATION)
                .tag("verdict", verdict).description("Time to assess one case").register(meters));
    }

    @Override
    public RuleSet ruleSet() {
        return delegate.ruleSet();
    }

    /** The same for a watching engine: reloads, subscriptions and closing go to the delegate. */
    public static final class Reloading extends InstrumentedEngine implements ReloadingTriageEngine {
        private final ReloadingTriageEngine delegate;

        /**
         * @param delegate     the watching engine
         * @param meters       where the counter and timer go
         * @param observations where the observations go
         */
        public Reloading(ReloadingTriageEngine delegate, MeterRegistry meters, ObservationRegistry observations) {
            super(delegate, meters, observations);
            this.delegate = delegate;
        }

        @Override
        public ReloadEvent reload() {
            return delegate.reload();
        }

        @Override
        public void subscribe(ReloadListener listener) {
            delegate.subscribe(listener);
        }

        @Override
        public boolean unsubscribe(ReloadListener listener) {
            return delegate.unsubscribe(listener);
        }

        @Override
        public boolean isWatching() {
            return delegate.isWatching();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
