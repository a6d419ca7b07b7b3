// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings of {@link KasuharaStreamsApp}, over {@link #get(String)} so that a properties file, Spring or
 * MicroProfile can back them. Keys of Kafka Streams ({@code bootstrap.servers}, {@code application.id},
 * {@code state.dir}, {@code num.stream.threads}, …) pass to Kafka Streams as they are; Kasuhara's own start with
 * {@code kasuhara.}. Every accessor names the key in its error, in Japanese and English.
 */
public interface KasuharaStreamsConfig {
    /** The application id when none is set. */
    String DEFAULT_APPLICATION_ID = "kasuhara";
    /** The state directory when none is set. */
    String DEFAULT_STATE_DIR = "data/streams";

    /**
     * @param key a key
     * @return its value, or {@code null} when absent
     */
    String get(String key);

    /** @return every key set */
    Set<String> keys();

    /**
     * @param properties the properties (copied)
     * @return the settings they hold
     */
    static KasuharaStreamsConfig of(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        return new KasuharaStreamsConfig() {
            @Override
            public String get(String key) {
                String value = copy.getProperty(key);
                return value == null ? null : value.trim();
            }

            @Override
            public Set<String> keys() {
                return copy.stringPropertyNames();
            }
        };
    }

    /**
     * @return {@code bootstrap.servers}
     * @throws IllegalArgumentException when missing
     */
    default String bootstrapServers() {
        return required(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "e.g. localhost:9092");
    }

    /** @return {@code application.id}, {@value #DEFAULT_APPLICATION_ID} by default */
    default String applicationId() {
        String value = get(StreamsConfig.APPLICATION_ID_CONFIG);
        return value == null || value.isEmpty() ? DEFAULT_APPLICATION_ID : value;
    }

    /** @return {@code state.dir}, {@value #DEFAULT_STATE_DIR} by default */
    default Path stateDir() {
        String value = get(StreamsConfig.STATE_DIR_CONFIG);
        return Path.of(value == null || value.isEmpty() ? DEFAULT_STATE_DIR : value);
    }

    /**
     * @return {@code kasuhara.rules}: the rule folder, watched and reloaded; empty for the default rules
     * @throws IllegalArgumentException when set to something that is not a folder
     */
    default Optional<Path> rules() {
        String value = get("kasuhara.rules");
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
            throw problem("kasuhara.rules", "フォルダがありません / not a folder: " + value);
        }
        return Optional.of(dir);
    }

    /**
     * @return the secret in the file {@code kasuhara.caller-key-file} (at least 16 bytes; the same on every instance)
     * @throws IllegalArgumentException when missing, unreadable or too short
     */
    default byte[] callerKey() {
        String file = required("kasuhara.caller-key-file", "a file of at least 16 secret bytes, the same on every instance");
        byte[] key;
        try {
            key = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw problem("kasuhara.caller-key-file", "読めません / cannot read " + file);
        }
        if (key.length < 16) {
            throw problem("kasuhara.caller-key-file", "16 バイト以上必要です / needs at least 16 bytes, has " + key.length);
        }
        return key;
    }

    /** @return the topics: {@code kasuhara.topic.call-events}, {@code .call-alerts}, {@code .cases}, … */
    default StreamsTopics topics() {
        StreamsTopics d = StreamsTopics.DEFAULTS;
        return new StreamsTopics(topic("call-events", d.callEvents()), topic("call-alerts", d.callAlerts()),
                topic("cases", d.cases()), topic("assessments", d.assessments()),
                topic("dead-letters", d.deadLetters()));
    }

    /**
     * @return {@code kasuhara.timers}: {@code wall-clock} (default) or {@code event-time}
     * @throws IllegalArgumentException when neither
     */
    default TimerClock timerClock() {
        String value = get("kasuhara.timers");
        if (value == null || value.isEmpty()) {
            return TimerClock.WALL_CLOCK;
        }
        try {
            return TimerClock.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw problem("kasuhara.timers", "wall-clock か event-time / expected wall-clock or event-time, was " + value);
        }
    }

    /**
     * @return {@code kasuhara.call-events.key}: {@code caller} (default) or {@code call-id} (events unkeyed or keyed
     *         by anything else, re-keyed by caller inside the topology)
     * @throws IllegalArgumentException when neither
     */
    default CallEventKey callEventKey() {
        String value = get("kasuhara.call-events.key");
        if (value == null || value.isEmpty()) {
            return CallEventKey.CALLER;
        }
        try {
            return CallEventKey.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw problem("kasuhara.call-events.key", "caller か call-id / expected caller or call-id, was " + value);
        }
    }

    /**
     * @return the Kafka Streams properties: every key not starting with {@code kasuhara.}, with the application id,
     *         the state directory and {@code processing.guarantee=exactly_once_v2}
     * @throws IllegalArgumentException when {@code processing.guarantee} is set to anything else
     */
    default Properties kafkaProperties() {
        Properties props = new Properties();
        for (String key : keys()) {
            if (!key.startsWith("kasuhara.")) {
                props.setProperty(key, get(key));
            }
        }
        String guarantee = get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        if (guarantee != null && !guarantee.equals(StreamsConfig.EXACTLY_ONCE_V2)) {
            throw problem(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                    "exactly_once_v2 のみ / only exactly_once_v2 is supported, was " + guarantee);
        }
        props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
        props.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir().toString());
        props.setProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return props;
    }

    private String topic(String name, String fallback) {
        String value = get("kasuhara.topic." + name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private String required(String key, String hint) {
        String value = get(key);
        if (value == null || value.isEmpty()) {
            throw problem(key, "設定がありません / missing (" + hint + ")");
        }
        return value;
    }

    private static IllegalArgumentException problem(String key, String message) {
        return new IllegalArgumentException(key + ": " + message);
    }
}
