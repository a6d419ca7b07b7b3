// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.streams.Fixtures.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calls.internal.CallerKeys;

/** Call events unkeyed or keyed by call id, re-keyed by caller inside the topology. */
class RekeyingTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> events;
    private TestOutputTopic<String, String> alerts;
    private TestOutputTopic<String, String> deadLetters;

    private void start(TimerClock clock, String wallClock) {
        var topology = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY)
                .callEventKey(CallEventKey.CALL_ID).timers(clock, Duration.ofSeconds(1)).build();
        driver = new TopologyTestDriver(topology, Fixtures.driverProperties(stateDir), at(wallClock));
        events = driver.createInputTopic("call-events", new StringSerializer(), new StringSerializer());
        alerts = driver.createOutputTopic("call-alerts", new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic("kasuhara-dead-letters", new StringDeserializer(),
                new StringDeserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private List<String> alertRules() throws Exception {
        List<String> rules = new ArrayList<>();
        for (KeyValue<String, String> alert : alerts.readKeyValuesToList()) {
            JsonNode node = JSON.readTree(alert.value);
            rules.add(alert.key + " " + node.get("rule").asText() + " " + node.get("at").asText());
        }
        return rules;
    }

    private List<String> reasons() {
        return deadLetters.readRecordsToList().stream().map(r -> new String(
                r.headers().lastHeader("kasuhara.reason").value(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void unkeyedEventsOfOneCallerAreJoinedAcrossTheirCalls() throws Exception {
        start(TimerClock.EVENT_TIME, "2026-11-01T10:00");
        String[] days = {"2026-11-01", "2026-11-10", "2026-11-20"};
        for (int i = 0; i < days.length; i++) {
            events.pipeInput((String) null, Fixtures.started("r-" + i, "order-7", at(days[i] + "T10:00")));
            events.pipeInput((String) null, Fixtures.ended("r-" + i, at(days[i] + "T10:05")));
        }
        assertThat(alertRules()).containsExactly("r-2 KH-CALL-003 " + at("2026-11-20T10:00"));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void eventsKeyedByCallIdReachTheirCallersLinesAndWords() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("c-1", Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput("c-1", Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:06")));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-005 " + at("2026-11-20T14:06"));
        driver.advanceWallClockTime(Duration.ofMinutes(50));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-001 " + at("2026-11-20T14:50"));
        events.pipeInput("c-1", Fixtures.ended("c-1", at("2026-11-20T14:55")));
        driver.advanceWallClockTime(Duration.ofHours(1));
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aTranscriptBeforeItsStartedIsHeldAndReleasedBehindIt() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("c-1", Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:01")));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertThat(alerts.isEmpty()).isTrue();
        events.pipeInput((String) null, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-005 " + at("2026-11-20T14:01"));
        driver.advanceWallClockTime(Duration.ofMinutes(20));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void eventsOfACallThatNeverStartsGoToTheDeadLettersAfterTheHold() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("ghost", Fixtures.transcript("ghost", 0, "死ね。", at("2026-11-20T14:01")));
        events.pipeInput("ghost", Fixtures.ended("ghost", at("2026-11-20T14:02")));
        driver.advanceWallClockTime(Duration.ofMinutes(9));
        assertThat(deadLetters.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofMinutes(2));
        List<TestRecord<String, String>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String reason = new String(dead.get(i).headers().lastHeader("kasuhara.reason").value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).startsWith("callId: no started event within PT10M").contains("開始イベント");
            JsonNode value = JSON.readTree(dead.get(i).value());
            assertThat(value.get("topic").asText()).isEqualTo("call-events");
            assertThat(value.get("offset").asLong()).isEqualTo(i);
            assertThat(dead.get(i).value()).doesNotContain("死ね");
        }
        assertThat(alerts.isEmpty()).isTrue();
        assertEmpty("kasuhara-call-routes");
        assertEmpty("kasuhara-call-route-expiry");
    }

    @Test
    void onEventTimeTheHoldRunsOnTheNewestEventTime() throws Exception {
        start(TimerClock.EVENT_TIME, "2030-01-01T00:00");
        events.pipeInput("ghost", Fixtures.transcript("ghost", 0, "死ね。", at("2026-11-20T14:01")));
        driver.advanceWallClockTime(Duration.ofHours(1));   // the wall clock moves nothing
        events.pipeInput("c-1", Fixtures.started("c-1", "order-1", at("2026-11-20T14:10")));
        assertThat(deadLetters.isEmpty()).isTrue();
        events.pipeInput("c-1", Fixtures.ended("c-1", at("2026-11-20T14:12")));
        assertThat(reasons()).singleElement().satisfies(r -> assertThat(r).startsWith("callId: no started event"));
    }

    @Test
    void aCallHoldsAHundredEventsBeforeItsStartedAndDeadLettersTheRestAtOnce() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        for (int seq = 0; seq <= 100; seq++) {
            events.pipeInput("c-1", Fixtures.transcript("c-1", seq, "はい。", at("2026-11-20T14:01")));
        }
        assertThat(reasons()).singleElement().satisfies(r -> assertThat(r).startsWith("callId: more than 100 events"));
        events.pipeInput("c-1", Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        driver.advanceWallClockTime(Duration.ofMinutes(11));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aCallsRouteGoesTheHoldAfterItEnds() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("c-1", Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput("c-1", Fixtures.ended("c-1", at("2026-11-20T14:05")));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        events.pipeInput("c-1", Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:04")));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-005 " + at("2026-11-20T14:04"));
        driver.advanceWallClockTime(Duration.ofMinutes(10));
        assertEmpty("kasuhara-call-routes");
        assertEmpty("kasuhara-call-route-expiry");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aBadEventIsADeadLetterBeforeAnyRepartition() {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("c-1", "{not json");
        events.pipeInput((String) null, "{\"type\":\"started\",\"callId\":\"c-9\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        assertThat(reasons()).satisfiesExactly(r -> assertThat(r).contains("not valid JSON"),
                r -> assertThat(r).contains("caller: missing"));
        assertThat(driver.producedTopicNames()).noneMatch(t -> t.endsWith("-repartition"));
    }

    @Test
    void noTopicItWritesRepartitionsAndChangelogsIncludedHoldsTheCallerNumber() {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput("c-2", Fixtures.transcript("c-2", 0, "死ね。", at("2026-11-20T13:59")));
        events.pipeInput((String) null, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput("c-1", Fixtures.transcript("c-1", 0, "死ね。", at("2026-11-20T14:01")));
        events.pipeInput("c-2", Fixtures.started("c-2", "order-2", at("2026-11-20T14:00")).replace("\"matter\"",
                "\"organization\":\"acme-foods\",\"matter\""));
        events.pipeInput("ghost", Fixtures.transcript("ghost", 0, "死ね。", at("2026-11-20T14:01")));
        events.pipeInput("c-3", "{\"type\":\"started\",\"callId\":\"c-3\",\"caller\":\"" + Fixtures.PHONE
                + "\",\"at\":\"yesterday\"}");
        driver.advanceWallClockTime(Duration.ofMinutes(70));
        events.pipeInput("c-1", Fixtures.ended("c-1", at("2026-11-20T15:11")));

        assertThat(driver.producedTopicNames()).contains("call-alerts", "kasuhara-dead-letters",
                "kasuhara-test-kasuhara-call-events-by-call-repartition",
                "kasuhara-test-kasuhara-call-events-by-caller-repartition",
                "kasuhara-test-kasuhara-call-routes-changelog", "kasuhara-test-kasuhara-callers-changelog");
        int records = 0;
        List<String> byCall = new ArrayList<>();
        for (String topic : driver.producedTopicNames()) {
            var out = driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            for (TestRecord<byte[], byte[]> r : out.readRecordsToList()) {
                records++;
                if (topic.endsWith("by-call-repartition")) {
                    byCall.add(new String(r.value(), StandardCharsets.UTF_8));
                }
                String text = (r.key() == null ? "" : new String(r.key(), StandardCharsets.ISO_8859_1))
                        + (r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
                assertThat(text).as(topic).doesNotContain("1234-5678").doesNotContain("9012345678")
                        .doesNotContain("+81");
                r.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).as(topic)
                        .doesNotContain("1234-5678"));
            }
        }
        assertThat(records).isGreaterThan(10);
        CallerKeys keys = new CallerKeys(Fixtures.KEY);
        // the repartition by call id carries the caller's pseudonym, and a transcript's text as call-events does
        assertThat(byCall).hasSize(6).anyMatch(v -> v.contains("\"caller\":\""
                + HexFormat.of().toHexDigits(keys.of(Fixtures.PHONE)) + "\"")).anyMatch(v -> v.contains("死ね"));
        KeyValueStore<Long, byte[]> callers = driver.getKeyValueStore("kasuhara-callers");
        assertThat(callers.get(keys.of(Fixtures.PHONE))).as("the caller key the CRM would give, hashed once")
                .isNotNull();
        assertThat(callers.get(keys.of("acme-foods", Fixtures.PHONE))).isNotNull();
    }

    private void assertEmpty(String store) {
        KeyValueStore<String, String> kv = driver.getKeyValueStore(store);
        try (KeyValueIterator<String, String> all = kv.all()) {
            assertThat(all.hasNext()).as(store).isFalse();
        }
    }
}
