// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.Anomaly;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.micrometer.KasuharaMeters;

/** Alerts by kind (counted as they are raised), events, anomalies, open calls and callers (read on each scrape). */
public final class CallMonitorBinder implements MeterBinder {
    private final CallMonitor monitor;

    /** @param monitor the monitor, subscribed to when bound */
    public CallMonitorBinder(CallMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<AlertKind, Counter> alerts = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            alerts.put(kind, Counter.builder(KasuharaMeters.CALL_ALERTS).tag("kind", tag(kind))
                    .description("Alerts raised while calls run, by kind").register(registry));
        }
        monitor.subscribe(alert -> alerts.get(alert.kind()).increment());
        FunctionCounter.builder(KasuharaMeters.CALL_EVENTS, monitor, m -> m.stats().eventsApplied())
                .description("Call events applied").register(registry);
        for (Anomaly kind : Anomaly.values()) {
            FunctionCounter.builder(KasuharaMeters.CALL_ANOMALIES, monitor, m -> m.stats().count(kind))
                    .tag("kind", tag(kind)).description("Call events not taken as they came, by kind")
                    .register(registry);
        }
        Gauge.builder(KasuharaMeters.OPEN_CALLS, monitor, m -> m.stats().openCalls())
                .description("Calls running now").register(registry);
    }

    private static String tag(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
