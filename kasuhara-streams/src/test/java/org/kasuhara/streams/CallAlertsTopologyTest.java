// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.streams.Fixtures.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;

class CallAlertsTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLER_KEY = "acme-foods\0" + Fixtures.PHONE;
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> events;
    private TestOutputTopic<String, String> alerts;
    private TestOutputTopic<String, String> deadLetters;

    private void start(TimerClock clock, String wallClock) {
        var topology = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY)
                .timers(clock, Duration.ofSeconds(1)).build();
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

    @Test
    void aLongCallReachesItsLinesOnTheWallClockWithoutFurtherEvents() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        driver.advanceWallClockTime(Duration.ofMinutes(49));
        assertThat(alerts.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-001 " + at("2026-11-20T14:50"));
        driver.advanceWallClockTime(Duration.ofMinutes(40));   // one jump: each minute still evaluated at its time
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-002 " + at("2026-11-20T15:00"));
        events.pipeInput(CALLER_KEY, Fixtures.ended("c-1", at("2026-11-20T15:31")));
        driver.advanceWallClockTime(Duration.ofHours(2));
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void onEventTimeTheTimersFollowTheNewestEventOfThePartition() throws Exception {
        start(TimerClock.EVENT_TIME, "2030-01-01T00:00");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        driver.advanceWallClockTime(Duration.ofHours(3));   // the wall clock moves nothing
        assertThat(alerts.isEmpty()).isTrue();
        events.pipeInput("acme-foods\0+81-3-0000-0000",
                Fixtures.started("other", "order-2", at("2026-11-20T15:05")));
        assertThat(alertRules()).containsExactly("c-1 KH-CALL-001 " + at("2026-11-20T14:50"),
                "c-1 KH-CALL-002 " + at("2026-11-20T15:00"));
    }

    @Test
    void theThirdCallOnOneMatterWithinTheWindowIsRepetitiveAcrossEvents() throws Exception {
        start(TimerClock.EVENT_TIME, "2026-11-01T10:00");
        String[] days = {"2026-11-01", "2026-11-10", "2026-11-20"};
        for (int i = 0; i < days.length; i++) {
            events.pipeInput(CALLER_KEY, Fixtures.started("r-" + i, "order-7", at(days[i] + "T10:00")));
            events.pipeInput(CALLER_KEY, Fixtures.ended("r-" + i, at(days[i] + "T10:05")));
        }
        assertThat(alertRules()).containsExactly("r-2 KH-CALL-003 " + at("2026-11-20T10:00"));
    }

    @Test
    void aReloadedPolicyMovesTheLinesOfCallsAlreadyRunning(@TempDir Path rules) throws Exception {
        Fixtures.copyDefaultRules(rules);
        try (ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(rules))
                .buildWatching()) {
            var topology = KasuharaTopology.builder().engine(engine).callerKey(Fixtures.KEY).build();
            driver = new TopologyTestDriver(topology, Fixtures.driverProperties(stateDir), at("2026-11-20T14:00"));
            events = driver.createInputTopic("call-events", new StringSerializer(), new StringSerializer());
            alerts = driver.createOutputTopic("call-alerts", new StringDeserializer(), new StringDeserializer());
            events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
            Path policy = rules.resolve("policy.yaml");
            Files.writeString(policy, Files.readString(policy)
                    .replace("confinementMinutes: 60", "confinementMinutes: 45")
                    .replace("confinementWarningMinutes: 50", "confinementWarningMinutes: 40"));
            assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);
            driver.advanceWallClockTime(Duration.ofMinutes(46));
            assertThat(alertRules()).containsExactly("c-1 KH-CALL-001 " + at("2026-11-20T14:40"),
                    "c-1 KH-CALL-002 " + at("2026-11-20T14:45"));
        }
    }

    @Test
    void abusiveWordsAlertOnceEvenWhenTheChunkComesTwice() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput(CALLER_KEY, Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:06")));
        events.pipeInput(CALLER_KEY, Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:06")));
        List<KeyValue<String, String>> raised = alerts.readKeyValuesToList();
        assertThat(raised).hasSize(1);
        JsonNode alert = JSON.readTree(raised.get(0).value);
        assertThat(alert.get("rule").asText()).isEqualTo("KH-CALL-005");
        assertThat(alert.get("evidence").asText()).startsWith("「馬鹿");
        assertThat(alert.get("ruleSet").asText()).isEqualTo(Fixtures.RULES.version());
    }

    @Test
    void noRecordOrStoredStateHoldsTheCallerNumber() {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput(CALLER_KEY, Fixtures.transcript("c-1", 0, "死ね。", at("2026-11-20T14:01")));
        events.pipeInput(CALLER_KEY, "{\"type\":\"started\",\"callId\":\"bad\",\"caller\":\"" + Fixtures.PHONE
                + "\",\"at\":\"yesterday\"}");
        driver.advanceWallClockTime(Duration.ofMinutes(70));
        List<TestRecord<String, String>> written = new ArrayList<>(alerts.readRecordsToList());
        written.addAll(deadLetters.readRecordsToList());
        assertThat(written).hasSizeGreaterThanOrEqualTo(4);
        String digits = "9012345678";
        for (TestRecord<String, String> record : written) {
            assertThat(String.valueOf(record.key()) + record.value()).doesNotContain("1234-5678")
                    .doesNotContain(digits);
            record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8))
                    .doesNotContain("1234-5678"));
        }
        KeyValueStore<Long, byte[]> callers = driver.getKeyValueStore("kasuhara-callers");
        try (KeyValueIterator<Long, byte[]> all = callers.all()) {
            assertThat(all.hasNext()).isTrue();
            while (all.hasNext()) {
                String stored = new String(all.next().value, StandardCharsets.ISO_8859_1);
                assertThat(stored).doesNotContain("1234").doesNotContain("5678").doesNotContain("死ね");
            }
        }
    }

    @Test
    void aCallerIsForgottenFromTheStoresOnceTheirCallsLeaveTheWindow() {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput(CALLER_KEY, Fixtures.ended("c-1", at("2026-11-20T14:05")));
        KeyValueStore<Long, byte[]> callers = driver.getKeyValueStore("kasuhara-callers");
        KeyValueStore<String, Long> timers = driver.getKeyValueStore("kasuhara-call-timers");
        try (var held = callers.all()) {
            assertThat(held.hasNext()).isTrue();
            held.next();
            assertThat(held.hasNext()).isFalse();
        }
        driver.advanceWallClockTime(Duration.ofDays(31));
        try (var left = callers.all(); var due = timers.all()) {
            assertThat(left.hasNext()).isFalse();
            assertThat(due.hasNext()).isFalse();
        }
    }

    @Test
    void onceItsCallsAreOverACallersStateIsItsHistoryAlone() {
        start(TimerClock.WALL_CLOCK, "2026-11-20T16:00");
        for (int i = 0; i < 5; i++) {
            Instant t = at("2026-11-20T13:00").plusSeconds(1440L * i);
            events.pipeInput(CALLER_KEY, Fixtures.started("k-" + i, "m-7", t));
            events.pipeInput(CALLER_KEY, Fixtures.transcript("k-" + i, 0, "馬鹿じゃないのか。", t.plusSeconds(30)));
            events.pipeInput(CALLER_KEY, Fixtures.ended("k-" + i, t.plusSeconds(120)));
        }
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        KeyValueStore<Long, byte[]> callers = driver.getKeyValueStore("kasuhara-callers");
        try (KeyValueIterator<Long, byte[]> all = callers.all()) {
            assertThat(all.next().value).hasSize(29 + 16 * 5);   // the header and 16 bytes a call
            assertThat(all.hasNext()).isFalse();
        }
    }

    @Test
    void badEventsGoToTheDeadLettersWithTheirReasonAndTheStreamGoesOn() throws Exception {
        start(TimerClock.WALL_CLOCK, "2026-11-20T14:00");
        events.pipeInput((String) null, Fixtures.started("c-0", "order-1", at("2026-11-20T14:00")));
        events.pipeInput(CALLER_KEY, "{not json");
        events.pipeInput(CALLER_KEY, "{\"type\":\"started\",\"callId\":\"c-9\",\"at\":\"2026-11-20T14:00:00+09:00\","
                + "\"colour\":\"red\"}");
        events.pipeInput(CALLER_KEY, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
        events.pipeInput(CALLER_KEY, Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:06")));
        List<TestRecord<String, String>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader("kasuhara.reason").value(),
                StandardCharsets.UTF_8)).satisfiesExactly(
                    r -> assertThat(r).startsWith("key: missing"),
                    r -> assertThat(r).contains("not valid JSON"),
                    r -> assertThat(r).contains("colour: unknown field"));
        assertThat(JSON.readTree(dead.get(1).value()).get("topic").asText()).isEqualTo("call-events");
        assertThat(JSON.readTree(dead.get(1).value()).get("offset").asLong()).isEqualTo(1);
        assertThat(alertRules()).hasSize(1);
    }
}
