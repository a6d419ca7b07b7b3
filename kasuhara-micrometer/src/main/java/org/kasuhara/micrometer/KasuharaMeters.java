// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.Objects;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.internal.CallMonitorBinder;
import org.kasuhara.micrometer.internal.CaseStoreBinder;
import org.kasuhara.micrometer.internal.InstrumentedEngine;
import org.kasuhara.micrometer.internal.ReloadBinder;
import org.kasuhara.micrometer.internal.ReloadObserver;

/**
 * Meters and observations of Kasuhara for any Micrometer registry:
 * <pre>{@code
 * TriageEngine engine = KasuharaMeters.instrument(TriageEngine.builder().build(), registry, observations);
 * KasuharaMeters.caseStore(store, Clock.system(ZoneId.of("Asia/Tokyo"))).bindTo(registry);
 * }</pre>
 * Every meter name starts with {@code kasuhara.}; tags never hold personal data.
 */
public final class KasuharaMeters {
    /** Counter of assessments, tagged {@code verdict} and {@code ruleset}. */
    public static final String ASSESSMENTS = "kasuhara.assessments";
    /** Timer of {@code assess()} calls, tagged {@code verdict} ({@code ERROR} when the rules failed). */
    public static final String ASSESSMENT_DURATION = "kasuhara.assessment.duration";
    /**
     * The observation around each {@code assess()} call (a span for tracing bridges such as OpenTelemetry); its key
     * values are documented by {@link KasuharaObservation#ASSESS}.
     */
    public static final String ASSESS_OBSERVATION = "kasuhara.assess";
    /** The observation around each rule reload ({@link KasuharaObservation#RULE_RELOAD}). */
    public static final String RELOAD_OBSERVATION = "kasuhara.rules.reload";
    /** Counter of rule reloads, tagged {@code outcome}: {@code reloaded}, {@code rejected} or {@code unchanged}. */
    public static final String RULE_RELOADS = "kasuhara.rules.reloads";
    /** Function counter of the cases the store has received (every process writing to it). */
    public static final String INTAKES = "kasuhara.intakes";
    /** Gauge of cases still to be reported whose deadline is today. */
    public static final String DUE_TODAY = "kasuhara.cases.due.today";
    /** Gauge of cases still to be reported whose deadline has passed. */
    public static final String OVERDUE = "kasuhara.cases.overdue";

    /** Counter of call-monitor alerts, tagged {@code kind} ({@code confinement_reached}, …). */
    public static final String CALL_ALERTS = "kasuhara.calls.alerts";
    /** Function counter of the call events a monitor applied. */
    public static final String CALL_EVENTS = "kasuhara.calls.events";
    /** Function counter of the call events not taken as they came, tagged {@code kind} ({@code duplicate}, …). */
    public static final String CALL_ANOMALIES = "kasuhara.calls.anomalies";
    /** Gauge of the calls running now. */
    public static final String OPEN_CALLS = "kasuhara.calls.open";

    private KasuharaMeters() {
    }

    /**
     * Wraps an engine so that each assessment is counted, timed and observed. A watching engine stays one: the
     * result is a {@link ReloadingTriageEngine} whose reloads are also counted and observed, whether its watcher or
     * a caller of {@code reload()} starts them. Observations follow {@link KasuharaObservation}; a
     * {@code GlobalObservationConvention} for {@link AssessmentContext} or {@link RuleReloadContext} registered on
     * {@code observations} replaces the default key values.
     *
     * @param engine       the engine
     * @param meters       where the meters go
     * @param observations where the observations go ({@link ObservationRegistry#NOOP} for none)
     * @return the instrumented engine, a {@link ReloadingTriageEngine} when {@code engine} is one
     * @throws NullPointerException when an argument is null
     */
    public static TriageEngine instrument(TriageEngine engine, MeterRegistry meters,
            ObservationRegistry observations) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(observations, "observations");
        if (engine instanceof ReloadingTriageEngine reloading) {
            reloads(reloading).bindTo(meters);
            reloading.subscribe(new ReloadObserver(observations));
            return new InstrumentedEngine.Reloading(reloading, meters, observations);
        }
        return new InstrumentedEngine(engine, meters, observations);
    }

    /**
     * The reload counter of a watching engine ({@value #RULE_RELOADS}).
     *
     * @param engine the engine; bound registries subscribe to its reloads
     * @return the binder
     * @throws NullPointerException when {@code engine} is null
     */
    public static MeterBinder reloads(ReloadingTriageEngine engine) {
        return new ReloadBinder(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The intake counter and the due and overdue gauges of a store ({@value #INTAKES}, {@value #DUE_TODAY},
     * {@value #OVERDUE}). Each reading queries the store, so they follow every process writing to it.
     *
     * @param store the store
     * @param clock today's date, in the counter's zone (for example {@code Clock.system(ZoneId.of("Asia/Tokyo"))})
     * @return the binder
     * @throws NullPointerException when an argument is null
     */
    public static MeterBinder caseStore(CaseStore store, Clock clock) {
        return new CaseStoreBinder(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The meters of a live call monitor: {@value #CALL_ALERTS} by kind, counted as alerts are raised (bound
     * registries subscribe to the monitor), and {@value #CALL_EVENTS}, {@value #CALL_ANOMALIES} by kind and
     * {@value #OPEN_CALLS}, read from its statistics on each scrape. No caller, matter or text is tagged.
     *
     * @param monitor the monitor
     * @return the binder
     * @throws NullPointerException when {@code monitor} is null
     */
    public static MeterBinder callMonitor(CallMonitor monitor) {
        return new CallMonitorBinder(Objects.requireNonNull(monitor, "monitor"));
    }
}
