// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.time.Instant;
import java.util.Map;

/**
 * Counters of a monitor at one moment.
 *
 * @param time          the monitor's time
 * @param eventsApplied events taken as they came (or reordered)
 * @param alertsRaised  alerts delivered
 * @param openCalls     calls running now
 * @param callers       callers with calls within their repeat window (the state held)
 * @param anomalies     input not taken as it came, by kind (every kind present, zero or more)
 */
public record MonitorStats(Instant time, long eventsApplied, long alertsRaised, int openCalls, int callers,
                           Map<Anomaly, Long> anomalies) {
    /** Copies the map. */
    public MonitorStats {
        anomalies = Map.copyOf(anomalies);
    }

    /**
     * @param kind an anomaly
     * @return how many of that kind
     */
    public long count(Anomaly kind) {
        return anomalies.getOrDefault(kind, 0L);
    }
}
