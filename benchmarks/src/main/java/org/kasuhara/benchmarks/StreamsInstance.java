// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.streams.KasuharaTopology;

/**
 * One instance of the Kasuhara Streams application in a JVM of its own, for {@link StreamsScale}: prints
 * {@code RUNNING} once Kafka Streams runs, closes when its standard input ends, and is killed ({@code SIGKILL}) by
 * the harness to measure recovery.
 *
 * <pre>java -cp benchmarks.jar org.kasuhara.benchmarks.StreamsInstance BOOTSTRAP APPLICATION_ID STATE_DIR</pre>
 */
public final class StreamsInstance {
    /** The pseudonymisation secret of the benchmark (the same in every instance). */
    static final byte[] KEY = "kasuhara benchmark caller key, not a secret".getBytes();

    private StreamsInstance() {
    }

    /**
     * @param args bootstrap servers, application id, state directory
     * @throws IOException when standard input fails
     */
    public static void main(String[] args) throws IOException {
        Properties props = new Properties();
        props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
        props.setProperty(StreamsConfig.STATE_DIR_CONFIG, args[2]);
        props.setProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.setProperty(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        props.setProperty(StreamsConfig.consumerPrefix("session.timeout.ms"), "10000");
        props.setProperty(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "1000");
        TriageEngine engine = TriageEngine.builder().build();
        KafkaStreams streams = new KafkaStreams(KasuharaTopology.builder().engine(engine)
                .callerKey(KEY).build(), props);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                System.out.println("RUNNING");
                System.out.flush();
            }
        });
        streams.start();
        while (System.in.read() >= 0) {
            // runs until the harness closes standard input (or kills this JVM)
        }
        streams.close(Duration.ofSeconds(20));
    }
}
