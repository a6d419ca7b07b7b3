// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The live call monitor: reads CRM call events and raises alerts while calls run (confinement approaching and
 * reached, repeat line, off-hours pattern, abusive words). What raises an alert is the rule set's {@code calls/}
 * rules, with the thresholds of its {@code policy.yaml} for the call's organisation; a reloading engine's new
 * rules and thresholds apply from the next evaluation on.
 *
 * <p>Time comes from the monitor's {@link java.time.Clock}: {@link #tick()} (or {@link #advanceTo(Instant)}) runs
 * the per-minute evaluations of running calls that are due, so tests drive time by hand. State is bounded: a
 * caller is forgotten once their last call leaves the repeat window. Callers are pseudonymised (a keyed hash) on
 * arrival; neither state, snapshots, alerts nor logs hold a caller number. Thread-safe: methods are serialised; to
 * go beyond one core, partition events by caller (docs/scale.md).
 */
public interface CallMonitor {

    /**
     * A builder.
     *
     * @return a new builder
     */
    static CallMonitorBuilder builder() {
        return new CallMonitorBuilder();
    }

    /**
     * Applies one event: runs the due minute evaluations up to its time, then the event's own. Never throws for
     * bad input: duplicates, disorder, skew and unknown calls are counted and reported as {@link Anomaly}.
     *
     * @param event the event
     */
    void accept(CallEvent event);

    /**
     * Parses and applies one event in JSON (see {@link CallEvent}); malformed input is counted, never thrown.
     *
     * @param json one JSON object
     */
    void acceptJson(String json);

    /**
     * Runs every per-minute evaluation of running calls due at or before the given instant, and expires state.
     *
     * @param time the monitor's new time; earlier than the current one is ignored
     */
    void advanceTo(Instant time);

    /** Advances to the clock's current instant. */
    void tick();

    /**
     * @param listener receives alerts and anomalies from now on
     */
    void subscribe(CallMonitorListener listener);

    /** @return the counters now */
    MonitorStats stats();

    /**
     * Writes running calls and recent history to a JSON Lines file (atomically: a temporary file, then a rename),
     * to restore with {@link CallMonitorBuilder#restore(Path)} after a restart. Holds no caller number.
     *
     * @param file the snapshot file
     * @throws java.io.UncheckedIOException when it cannot be written
     */
    void snapshot(Path file);
}
