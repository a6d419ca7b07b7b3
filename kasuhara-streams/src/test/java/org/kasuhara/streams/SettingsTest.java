// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder and the settings check each value at once and name what is wrong. */
class SettingsTest {

    private static KasuharaStreamsConfig config(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return KasuharaStreamsConfig.of(p);
    }

    @Test
    void theTopologyNeedsAnEngineAndAKeyOfSixteenBytes() {
        assertThatThrownBy(() -> KasuharaTopology.builder().callerKey(Fixtures.KEY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("engine:");
        assertThatThrownBy(() -> KasuharaTopology.builder().engine(Fixtures.ENGINE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("callerKey:");
        assertThatThrownBy(() -> KasuharaTopology.builder().callerKey(new byte[15]))
                .hasMessage("callerKey: must be at least 16 bytes, was 15");
        assertThatThrownBy(() -> KasuharaTopology.builder().timers(TimerClock.WALL_CLOCK, Duration.ofMillis(5)))
                .hasMessageStartingWith("interval:");
        assertThatThrownBy(() -> new StreamsTopics("call-events", " ", "cases", "assessments", "dead"))
                .hasMessageStartingWith("callAlerts:");
    }

    @Test
    void theTopologyReadsTheTopicsItIsGiven() {
        StreamsTopics topics = new StreamsTopics("crm.calls", "crm.alerts", "crm.cases", "crm.assessments", "crm.dlq");
        String described = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY)
                .topics(topics).build().describe().toString();
        assertThat(described).contains("crm.calls", "crm.alerts", "crm.cases", "crm.assessments", "crm.dlq",
                "kasuhara-callers", "kasuhara-call-timers");
    }

    @Test
    void kafkaKeysPassThroughAndExactlyOnceIsAlwaysSet(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("k");
        Files.write(key, Fixtures.KEY);
        KasuharaStreamsConfig c = config("bootstrap.servers", "b:9092", "num.stream.threads", "2",
                "kasuhara.caller-key-file", key.toString(), "kasuhara.topic.cases", "intake");
        Properties kafka = c.kafkaProperties();
        assertThat(kafka.getProperty("num.stream.threads")).isEqualTo("2");
        assertThat(kafka.getProperty("processing.guarantee")).isEqualTo("exactly_once_v2");
        assertThat(kafka.getProperty("application.id")).isEqualTo("kasuhara");
        assertThat(kafka.stringPropertyNames()).noneMatch(k -> k.startsWith("kasuhara."));
        assertThat(c.topics().cases()).isEqualTo("intake");
        assertThat(c.topics().callEvents()).isEqualTo("call-events");
        assertThat(c.callerKey()).isEqualTo(Fixtures.KEY);
        assertThat(c.timerClock()).isEqualTo(TimerClock.WALL_CLOCK);
        assertThat(config("kasuhara.timers", "event-time").timerClock()).isEqualTo(TimerClock.EVENT_TIME);
        assertThat(c.callEventKey()).isEqualTo(CallEventKey.CALLER);
        assertThat(config("kasuhara.call-events.key", "call-id").callEventKey()).isEqualTo(CallEventKey.CALL_ID);
        assertThat(config("kasuhara.call-events.key", "caller").callEventKey()).isEqualTo(CallEventKey.CALLER);
    }

    @Test
    void reKeyingByCallIdAddsTwoRepartitionsAndTheRouteStores() {
        String keyedByCaller = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY).build()
                .describe().toString();
        assertThat(keyedByCaller).doesNotContain("repartition", "kasuhara-call-routes");
        String rekeyed = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY)
                .callEventKey(CallEventKey.CALL_ID).build().describe().toString();
        assertThat(rekeyed).contains("kasuhara-call-events-by-call-repartition",
                "kasuhara-call-events-by-caller-repartition", "kasuhara-call-routes", "kasuhara-call-route-expiry",
                "kasuhara-callers", "kasuhara-call-timers", "call-alerts", "kasuhara-dead-letters");
        assertThatThrownBy(() -> KasuharaTopology.builder().callEventKey(null)).hasMessage("callEventKey");
    }

    @Test
    void theExampleSettingsFileReadsAsDocumented() throws Exception {
        Properties example = new Properties();
        try (var in = Files.newBufferedReader(Path.of("..", "examples", "streams", "streams.properties"))) {
            example.load(in);
        }
        KasuharaStreamsConfig c = KasuharaStreamsConfig.of(example);
        assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.stateDir()).isEqualTo(Path.of("data", "streams"));
        assertThat(c.timerClock()).isEqualTo(TimerClock.WALL_CLOCK);
        assertThat(c.callEventKey()).isEqualTo(CallEventKey.CALLER);
        assertThat(c.topics()).isEqualTo(StreamsTopics.DEFAULTS);
        assertThat(c.rules()).isEmpty();
        assertThat(c.kafkaProperties().getProperty("consumer.session.timeout.ms")).isEqualTo("10000");
        assertThat(c.get("kasuhara.caller-key-file")).isEqualTo("/etc/kasuhara/caller.key");
    }

    @Test
    void aBadSettingIsNamedByItsKey(@TempDir Path dir) {
        assertThatThrownBy(() -> config().bootstrapServers()).hasMessageStartingWith("bootstrap.servers: ");
        assertThatThrownBy(() -> config("kasuhara.rules", dir.resolve("none").toString()).rules())
                .hasMessageStartingWith("kasuhara.rules: ");
        assertThatThrownBy(() -> config("kasuhara.caller-key-file", dir.resolve("none").toString()).callerKey())
                .hasMessageStartingWith("kasuhara.caller-key-file: 読めません / cannot read");
        assertThatThrownBy(() -> config("bootstrap.servers", "b", "processing.guarantee", "at_least_once")
                .kafkaProperties()).hasMessageStartingWith("processing.guarantee: ");
        assertThatThrownBy(() -> config("kasuhara.call-events.key", "phone").callEventKey())
                .hasMessage("kasuhara.call-events.key: caller か call-id / expected caller or call-id, was phone");
    }
}
