// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kasuhara Streams application, as {@code kasuhara streams --config streams.properties} runs it: the engine on
 * the rule folder (watched and reloaded on this instance; a broken rule file keeps the rules in use), the
 * {@link KasuharaTopology}, and Kafka Streams with {@code exactly_once_v2}. Start as many instances as there are
 * machines with the same settings; Kafka spreads the partitions.
 */
public final class KasuharaStreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KasuharaStreamsApp.class);
    private final TriageEngine engine;
    private final KafkaStreams streams;

    private KasuharaStreamsApp(TriageEngine engine, KafkaStreams streams) {
        this.engine = engine;
        this.streams = streams;
    }

    /**
     * Checks the settings, compiles the rules and starts Kafka Streams.
     *
     * @param config the settings
     * @return the running application; close it to stop
     * @throws IllegalArgumentException naming the key of a bad setting
     * @throws org.kasuhara.engine.RuleSetException when the rules do not compile
     */
    public static KasuharaStreamsApp start(KasuharaStreamsConfig config) {
        Objects.requireNonNull(config, "config");
        var props = config.kafkaProperties();
        byte[] key = config.callerKey();
        StreamsTopics topics = config.topics();
        TimerClock clock = config.timerClock();
        CallEventKey keying = config.callEventKey();
        TriageEngine engine = config.rules().<TriageEngine>map(dir -> {
            ReloadingTriageEngine watching = TriageEngine.builder().rules(RuleSource.directory(dir)).buildWatching();
            watching.subscribe(KasuharaStreamsApp::logReload);
            return watching;
        }).orElseGet(() -> TriageEngine.builder().build());
        try {
            var topology = KasuharaTopology.builder().engine(engine).callerKey(key).topics(topics)
                    .callEventKey(keying)
                    .timers(clock, KasuharaTopology.DEFAULT_PUNCTUATION_INTERVAL).build();
            KafkaStreams streams = new KafkaStreams(topology, props);
            streams.start();
            return new KasuharaStreamsApp(engine, streams);
        } catch (RuntimeException e) {
            closeEngine(engine);
            throw e;
        }
    }

    private static void logReload(ReloadEvent event) {
        if (event instanceof ReloadEvent.Reloaded r) {
            LOG.info("rules reloaded / ルールを再読み込み: {}", r.ruleSet().version());
        } else if (event instanceof ReloadEvent.Rejected r) {
            LOG.warn("rule change rejected, rules in use kept / ルールの変更を拒否、使用中のルールを継続: {}", r.problems());
        }
    }

    /** @return the Kafka Streams client, for its state and metrics */
    public KafkaStreams streams() {
        return streams;
    }

    /** @return the engine (its rule set is the one in use) */
    public TriageEngine engine() {
        return engine;
    }

    /** Stops Kafka Streams (committing what is done) and the rule watcher. */
    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        closeEngine(engine);
    }

    private static void closeEngine(TriageEngine engine) {
        if (engine instanceof ReloadingTriageEngine watching) {
            watching.close();
        }
    }
}
