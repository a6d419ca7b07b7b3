// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.kasuhara.calls.internal.CallerKeys;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.streams.CallEventKey;
import org.kasuhara.streams.StreamsTopics;
import org.kasuhara.streams.TimerClock;

/** Sources, processors, stores and sinks of the topology, by name. */
public final class TopologyWiring {
    /** One caller's monitor state, by pseudonym. */
    public static final String CALLERS_STORE = "kasuhara-callers";
    /** The next due second of each caller with work pending, ordered by time. */
    public static final String TIMERS_STORE = "kasuhara-call-timers";
    /** Re-keying: call id → the caller's pseudonym, and the events held for their call's started. */
    public static final String ROUTES_STORE = "kasuhara-call-routes";
    /** Re-keying: when each call's route is due to go, ordered by time. */
    public static final String ROUTE_EXPIRY_STORE = "kasuhara-call-route-expiry";
    /** Re-keying: the repartition by call id (the topic {@code <application.id>-<this>-repartition}). */
    public static final String BY_CALL_REPARTITION = "kasuhara-call-events-by-call";
    /** Re-keying: the repartition by caller pseudonym. */
    public static final String BY_CALLER_REPARTITION = "kasuhara-call-events-by-caller";
    static final String ALERTS_SINK = "call-alerts-sink";
    static final String ASSESSMENTS_SINK = "assessments-sink";
    static final String DEAD_LETTERS_SINK = "dead-letters-sink";
    static final String BY_CALL = "to-call-events-by-call";
    static final String BY_CALLER = "to-call-events-by-caller";
    private static final String MONITOR = "call-monitor";
    private static final String PSEUDONYMISER = "call-event-pseudonymiser";
    private static final String ROUTER = "call-router";

    /**
     * @param engine              the engine
     * @param callerKey           the pseudonymisation secret
     * @param topics              the topics
     * @param timerClock          what moves the timers
     * @param punctuationInterval how often timers are checked
     * @param hold                how long ended calls are held, and events wait for their call's started
     * @param callEventKey        what call events are keyed by
     */
    public record Settings(TriageEngine engine, byte[] callerKey, StreamsTopics topics, TimerClock timerClock,
                           Duration punctuationInterval, Duration hold, CallEventKey callEventKey) {
    }

    private TopologyWiring() {
    }

    /**
     * @param settings the settings
     * @return the topology
     */
    public static Topology wire(Settings settings) {
        StreamsTopics topics = settings.topics();
        var strings = Serdes.String();
        Topology topology;
        if (settings.callEventKey() == CallEventKey.CALL_ID) {
            topology = rekeyingCallMonitor(settings);
        } else {
            topology = new Topology();
            topology.addSource("call-events-source", strings.deserializer(), strings.deserializer(),
                    topics.callEvents());
            topology.addProcessor(MONITOR, () -> new CallEventProcessor(settings,
                    new CallerKeyReader.Hashing(new CallerKeys(settings.callerKey()))), "call-events-source");
            topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CALLERS_STORE),
                    Serdes.Long(), Serdes.ByteArray()), MONITOR);
            topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIMERS_STORE),
                    Serdes.String(), Serdes.Long()), MONITOR);
        }
        topology.addSource("cases-source", strings.deserializer(), strings.deserializer(), topics.cases());
        topology.addProcessor("case-assessor", () -> new CaseProcessor(settings.engine()), "cases-source");
        topology.addSink(ALERTS_SINK, topics.callAlerts(), strings.serializer(), strings.serializer(), MONITOR);
        topology.addSink(ASSESSMENTS_SINK, topics.assessments(), strings.serializer(), strings.serializer(),
                "case-assessor");
        String[] deadLetterParents = settings.callEventKey() == CallEventKey.CALL_ID
                ? new String[] {PSEUDONYMISER, ROUTER, MONITOR, "case-assessor"}
                : new String[] {MONITOR, "case-assessor"};
        topology.addSink(DEAD_LETTERS_SINK, topics.deadLetters(), strings.serializer(), strings.serializer(),
                deadLetterParents);
        return topology;
    }

    /**
     * Events keyed by anything: pseudonymise the caller and key by call id → repartition → route by call id to the
     * caller pseudonym → repartition → the monitor, reading the key as a pseudonym. Built with the DSL for its
     * managed repartition topics; the processors forward to named children, and {@link #wire} adds the sinks.
     */
    private static Topology rekeyingCallMonitor(Settings settings) {
        Serde<String> strings = Serdes.String();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ROUTES_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ROUTE_EXPIRY_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CALLERS_STORE),
                Serdes.Long(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIMERS_STORE),
                Serdes.String(), Serdes.Long()));
        KStream<String, String> events = builder.stream(settings.topics().callEvents(),
                Consumed.with(strings, strings).withName("call-events-source"));
        KStream<String, String> byCall = events
                .process(() -> new CallPseudonymiser(settings.callerKey()), Named.as(PSEUDONYMISER))
                .filter((key, value) -> key != null, Named.as(BY_CALL))
                .repartition(Repartitioned.with(strings, strings).withName(BY_CALL_REPARTITION));
        KStream<String, String> byCaller = byCall
                .process(() -> new CallRouter(settings), Named.as(ROUTER), ROUTES_STORE, ROUTE_EXPIRY_STORE)
                .filter((key, value) -> key != null, Named.as(BY_CALLER))
                .repartition(Repartitioned.with(strings, strings).withName(BY_CALLER_REPARTITION));
        byCaller.process(() -> new CallEventProcessor(settings, new CallerKeyReader.Pseudonymised()),
                Named.as(MONITOR), CALLERS_STORE, TIMERS_STORE);
        return builder.build();
    }
}
