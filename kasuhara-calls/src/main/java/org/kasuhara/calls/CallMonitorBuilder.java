// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.kasuhara.calls.internal.LiveCallMonitor;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;

/** Builds a {@link CallMonitor}; every setter checks its argument at once. */
public final class CallMonitorBuilder {
    /** Events further than this from the monitor's clock are refused as clock skew. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private Supplier<RuleSet> rules;
    private Clock clock = Clock.systemUTC();
    private Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
    private byte[] callerKey;
    private Path restore;
    private final List<CallMonitorListener> listeners = new ArrayList<>();

    CallMonitorBuilder() {
    }

    /**
     * A fixed rule set.
     *
     * @param ruleSet a rule set with {@code calls/} rules
     * @return this builder
     */
    public CallMonitorBuilder rules(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        this.rules = () -> ruleSet;
        return this;
    }

    /**
     * The rules of an engine, read at every evaluation: a reloading engine's changes apply at once.
     *
     * @param engine the engine, e.g. a {@link org.kasuhara.engine.ReloadingTriageEngine}
     * @return this builder
     */
    public CallMonitorBuilder rules(TriageEngine engine) {
        Objects.requireNonNull(engine, "engine");
        this.rules = engine::ruleSet;
        return this;
    }

    /**
     * @param value the monitor's clock (a test clock in tests)
     * @return this builder
     */
    public CallMonitorBuilder clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * @param value how far an event's time may be from the monitor's clock (1 s – 1 day)
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public CallMonitorBuilder maxClockSkew(Duration value) {
        Objects.requireNonNull(value, "maxClockSkew");
        if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("maxClockSkew: must be between 1 s and 1 day, was " + value);
        }
        maxClockSkew = value;
        return this;
    }

    /**
     * The secret key that pseudonymises callers. Give the same key across restarts to restore a snapshot; by
     * default each monitor draws a random one.
     *
     * @param key at least 16 bytes
     * @return this builder
     * @throws IllegalArgumentException when shorter
     */
    public CallMonitorBuilder callerKey(byte[] key) {
        Objects.requireNonNull(key, "callerKey");
        if (key.length < 16) {
            throw new IllegalArgumentException("callerKey: must be at least 16 bytes, was " + key.length);
        }
        callerKey = key.clone();
        return this;
    }

    /**
     * Restores running calls and recent history from a snapshot written by {@link CallMonitor#snapshot(Path)}.
     *
     * @param snapshot the snapshot file; it must have been written with the same caller key
     * @return this builder
     */
    public CallMonitorBuilder restore(Path snapshot) {
        restore = Objects.requireNonNull(snapshot, "snapshot");
        return this;
    }

    /**
     * @param listener receives alerts and anomalies
     * @return this builder
     */
    public CallMonitorBuilder listener(CallMonitorListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * @return the monitor
     * @throws IllegalStateException when no rules were given, or the rule set has no {@code calls/} rules
     * @throws IllegalArgumentException when the snapshot is unreadable or was written with another key
     */
    public CallMonitor build() {
        if (rules == null) {
            throw new IllegalStateException("rules: give a rule set or an engine");
        }
        CallRuleModule.rulesOf(rules.get());
        byte[] key = callerKey;
        if (key == null) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
        LiveCallMonitor monitor = new LiveCallMonitor(rules, clock, maxClockSkew, key);
        listeners.forEach(monitor::subscribe);
        if (restore != null) {
            monitor.restore(restore);
        }
        return monitor;
    }
}
