package org.kasuhara.streams.internal;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.streams.StreamsTopics;
import org.kasuhara.streams.TimerClock;

/** Sources, processors, stores and sinks of the topology, by name. */
public final class TopologyWiring {
    /** One caller's monitor state, by pseudonym. */
    public static final String CALLERS_STORE = "kasuhara-callers";
    /** The next due second of each caller with work pending, ordered by time. */
    public static final String TIMERS_STORE = "kasuhara-call-timers";
    static final String ALERTS_SINK = "call-alerts-sink";
    static final String ASSESSMENTS_SINK = "assessments-sink";
    static final String DEAD_LETTERS_SINK = "dead-letters-sink";

    /**
     * @param engine              the engine
     * @param callerKey           the pseudonymisation secret
     * @param topics              the topics
     * @param timerClock          what moves the timers
     * @param punctuationInterval how often timers are checked
     * @param hold                how long ended calls are held
     */
    public record Settings(TriageEngine engine, byte[] callerKey, StreamsTopics topics, TimerClock timerClock,
                           Duration punctuationInterval, Duration hold) {
    }

    private TopologyWiring() {
    }

    /**
     * @param settings the settings
     * @return the topology
     */
    public static Topology wire(Settings settings) {
        StreamsTopics topics = settings.topics();
        Topology topology = new Topology();
        var strings = Serdes.String();
        topology.addSource("call-events-source", strings.deserializer(), strings.deserializer(), topics.callEvents());
        topology.addSource("cases-source", strings.deserializer(), strings.deserializer(), topics.cases());
        topology.addProcessor("call-monitor", () -> new CallEventProcessor(settings), "call-events-source");
        topology.addProcessor("case-assessor", () -> new CaseProcessor(settings.engine()), "cases-source");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CALLERS_STORE),
                Serdes.Long(), Serdes.ByteArray()), "call-monitor");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIMERS_STORE),
                Serdes.String(), Serdes.Long()), "call-monitor");
        topology.addSink(ALERTS_SINK, topics.callAlerts(), strings.serializer(), strings.serializer(),
                "call-monitor");
        topology.addSink(ASSESSMENTS_SINK, topics.assessments(), strings.serializer(), strings.serializer(),
                "case-assessor");
        topology.addSink(DEAD_LETTERS_SINK, topics.deadLetters(), strings.serializer(), strings.serializer(),
                "call-monitor", "case-assessor");
        return topology;
    }
}
