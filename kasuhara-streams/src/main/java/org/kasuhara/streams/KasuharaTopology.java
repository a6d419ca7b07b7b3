// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.Topology;
import org.kasuhara.calls.CallRuleModule;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.streams.internal.TopologyWiring;

/**
 * Builds the Kasuhara topology for a Kafka Streams application:
 * <pre>{@code
 * Topology topology = KasuharaTopology.builder()
 *         .engine(engine)                      // e.g. a ReloadingTriageEngine watching the rule folder
 *         .callerKey(secret)                   // the same on every instance
 *         .build();
 * KafkaStreams streams = new KafkaStreams(topology, props);   // processing.guarantee=exactly_once_v2
 * }</pre>
 * <ul>
 *   <li>{@link StreamsTopics#callEvents()} → the live monitor's {@code calls/} rules, one caller's state per key in
 *       a changelogged store → {@link StreamsTopics#callAlerts()};</li>
 *   <li>{@link StreamsTopics#cases()} (Case v1) → the engine → {@link StreamsTopics#assessments()} (Assessment v1);</li>
 *   <li>a record that cannot be read, validated or assessed goes to {@link StreamsTopics#deadLetters()} with the
 *       reason, and the stream goes on.</li>
 * </ul>
 * The rule set is read from the engine at every record, so a reloading engine's new rules apply at once. The
 * caller (the record key of a call event) is pseudonymised with a keyed hash before anything is stored or written;
 * no caller number or transcript leaves the processor except the quoted span an abusive-words alert carries. Call
 * events unkeyed or keyed by call id are re-keyed with {@link #callEventKey(CallEventKey)}: their {@code caller} is
 * replaced by its keyed hash before they are repartitioned by call id, then by caller pseudonym (the repartition
 * topics carry transcript text as {@code call-events} does, never a caller number).
 */
public final class KasuharaTopology {
    /** How often the minute timers are checked when not set. */
    public static final Duration DEFAULT_PUNCTUATION_INTERVAL = Duration.ofSeconds(1);
    /** How long an ended call is kept for late events, and an early ended event waits for its started. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(10);

    private TriageEngine engine;
    private byte[] callerKey;
    private StreamsTopics topics = StreamsTopics.DEFAULTS;
    private TimerClock timerClock = TimerClock.WALL_CLOCK;
    private Duration punctuationInterval = DEFAULT_PUNCTUATION_INTERVAL;
    private Duration hold = DEFAULT_HOLD;
    private CallEventKey callEventKey = CallEventKey.CALLER;

    private KasuharaTopology() {
    }

    /** @return a new builder */
    public static KasuharaTopology builder() {
        return new KasuharaTopology();
    }

    /**
     * @param value the engine; its rule set must hold the {@code calls/} rules
     * @return this builder
     */
    public KasuharaTopology engine(TriageEngine value) {
        engine = Objects.requireNonNull(value, "engine");
        return this;
    }

    /**
     * @param key the secret that pseudonymises callers, at least 16 bytes; the same on every instance, or a caller's
     *            state is lost on a rebalance
     * @return this builder
     * @throws IllegalArgumentException when shorter than 16 bytes
     */
    public KasuharaTopology callerKey(byte[] key) {
        Objects.requireNonNull(key, "callerKey");
        if (key.length < 16) {
            throw new IllegalArgumentException("callerKey: must be at least 16 bytes, was " + key.length);
        }
        callerKey = key.clone();
        return this;
    }

    /**
     * @param value the topic names ({@link StreamsTopics#DEFAULTS} when not set)
     * @return this builder
     */
    public KasuharaTopology topics(StreamsTopics value) {
        topics = Objects.requireNonNull(value, "topics");
        return this;
    }

    /**
     * @param clock    what moves the minute timers ({@link TimerClock#WALL_CLOCK} when not set)
     * @param interval how often they are checked, 10 ms – 1 min ({@link #DEFAULT_PUNCTUATION_INTERVAL})
     * @return this builder
     * @throws IllegalArgumentException when the interval is out of range
     */
    public KasuharaTopology timers(TimerClock clock, Duration interval) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(interval, "interval");
        if (interval.toMillis() < 10 || interval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("interval: must be between 10 ms and 1 min, was " + interval);
        }
        timerClock = clock;
        punctuationInterval = interval;
        return this;
    }

    /**
     * @param value how long ended calls are held for late events, 1 s – 1 day ({@link #DEFAULT_HOLD}); with
     *              {@link CallEventKey#CALL_ID} also how long events wait for their call's {@code started}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public KasuharaTopology hold(Duration value) {
        Objects.requireNonNull(value, "hold");
        if (value.toSeconds() < 1 || value.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("hold: must be between 1 s and 1 day, was " + value);
        }
        hold = value;
        return this;
    }

    /**
     * @param value what call events are keyed by ({@link CallEventKey#CALLER} when not set); with
     *              {@link CallEventKey#CALL_ID} the topology re-keys them by caller through two repartition topics,
     *              holding a call's events that come before its {@code started} for {@link #hold(Duration)}
     * @return this builder
     */
    public KasuharaTopology callEventKey(CallEventKey value) {
        callEventKey = Objects.requireNonNull(value, "callEventKey");
        return this;
    }

    /**
     * @return the topology
     * @throws IllegalStateException when no engine or caller key was given, or the rules have no {@code calls/}
     *                               rules
     */
    public Topology build() {
        if (engine == null) {
            throw new IllegalStateException("engine: give the engine that assesses cases and holds the calls/ rules");
        }
        if (callerKey == null) {
            throw new IllegalStateException("callerKey: give the secret that pseudonymises callers");
        }
        CallRuleModule.rulesOf(engine.ruleSet());
        return TopologyWiring.wire(new TopologyWiring.Settings(engine, callerKey.clone(), topics, timerClock,
                punctuationInterval, hold, callEventKey));
    }
}
