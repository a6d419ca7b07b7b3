// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.streams.Fixtures.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/**
 * Three instances of the application on a real KRaft broker in this JVM; one dies in the middle of a transaction.
 * A read_committed consumer then sees every alert, assessment and dead letter exactly once, and no topic the
 * application writes holds a caller's number.
 */
class ExactlyOnceOnARealBrokerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CALLERS = 60;
    private static final int CASES = 240;
    private static final int BAD_CASES = 12;

    /** Thrown inside one instance's stream thread: it dies with its transaction open, as a killed process would. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The real engine, failing once at its n-th use: a case assessed or a call event's rules read, whichever
     * partitions the instance was given.
     */
    private record CrashingEngine(TriageEngine engine, int crashAt, AtomicInteger count) implements TriageEngine {
        @Override
        public Assessment assess(Case complaint) {
            crashWhenDue();
            return engine.assess(complaint);
        }

        @Override
        public RuleSet ruleSet() {
            crashWhenDue();
            return engine.ruleSet();
        }

        private void crashWhenDue() {
            if (count.incrementAndGet() == crashAt) {
                throw new Crash();
            }
        }
    }

    private static String phone(int caller) {
        return String.format("+81-90-7000-%04d", caller);
    }

    private record Input(String topic, String key, String value, Instant at) {
    }

    private static List<Input> input() {
        List<Input> events = new ArrayList<>();
        Instant base = at("2026-11-20T09:00");
        for (int i = 0; i < CALLERS; i++) {
            String key = "acme-foods\0" + phone(i);
            Instant t = base.plusSeconds(60L * i);
            events.add(call(key, "a-" + i, "order-" + i, t, t.plusSeconds(300)));
            events.add(new Input("call-events", key, Fixtures.transcript("a-" + i, 0, "馬鹿じゃないのか。",
                    t.plusSeconds(120)), t.plusSeconds(120)));
            events.add(new Input("call-events", key, Fixtures.ended("a-" + i, t.plusSeconds(300)), t.plusSeconds(300)));
            if (i % 3 == 0) {
                events.add(call(key, "b-" + i, "other-" + i, t.plusSeconds(600), null));
                events.add(new Input("call-events", key, Fixtures.ended("b-" + i, t.plusSeconds(600 + 65 * 60)),
                        t.plusSeconds(600 + 65 * 60)));
            }
            if (i % 4 == 0) {
                for (int n = 1; n <= 2; n++) {
                    Instant s = t.plusSeconds(6000 + 600L * n);
                    events.add(call(key, "c-" + i + "-" + n, "order-" + i, s, null));
                    events.add(new Input("call-events", key, Fixtures.ended("c-" + i + "-" + n, s.plusSeconds(120)),
                            s.plusSeconds(120)));
                }
            }
        }
        events.sort(Comparator.comparing(Input::at));
        List<Input> all = new ArrayList<>();
        for (int c = 0; c < CASES + BAD_CASES; c++) {
            boolean bad = c % ((CASES + BAD_CASES) / BAD_CASES) == 7;
            String id = String.format("C-%04d", c);
            all.add(new Input("cases", id, bad ? "{\"id\":\"" + id + "\",\"receivedAt\":" : Fixtures.phoneCase(id),
                    null));
        }
        // interleave cases among events, in event order
        List<Input> mixed = new ArrayList<>();
        int e = 0;
        for (int c = 0; c < all.size(); c++) {
            while (e < events.size() && e * all.size() < c * events.size()) {
                mixed.add(events.get(e++));
            }
            mixed.add(all.get(c));
        }
        mixed.addAll(events.subList(e, events.size()));
        return mixed;
    }

    private static Input call(String key, String id, String matter, Instant start, Instant unused) {
        String json = Fixtures.started(id, matter, start).replace(Fixtures.PHONE, key.substring(key.indexOf('\0') + 1));
        return new Input("call-events", key, json, start);
    }

    /** What one instance on one partition writes for the same input: the set every run must reproduce. */
    private static Map<String, Set<String>> expected(List<Input> input, Path stateDir) throws Exception {
        var topology = KasuharaTopology.builder().engine(Fixtures.ENGINE).callerKey(Fixtures.KEY)
                .timers(TimerClock.EVENT_TIME, Duration.ofSeconds(1)).build();
        Map<String, Set<String>> out = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, Fixtures.driverProperties(stateDir))) {
            Map<String, TestInputTopic<String, String>> topics = Map.of(
                    "call-events", driver.createInputTopic("call-events", new StringSerializer(), new StringSerializer()),
                    "cases", driver.createInputTopic("cases", new StringSerializer(), new StringSerializer()));
            input.forEach(in -> topics.get(in.topic()).pipeInput(in.key(), in.value()));
            for (String topic : List.of("call-alerts", "assessments")) {
                out.put(topic, driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                        .readKeyValuesToList().stream().map(kv -> identity(topic, kv.key, kv.value))
                        .collect(Collectors.toSet()));
            }
        }
        return out;
    }

    private static String identity(String topic, String key, String value) {
        try {
            return topic.equals("call-alerts") ? key + " " + JSON.readTree(value).get("rule").asText() + " "
                    + JSON.readTree(value).get("at").asText() : key;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaStreams instance(InProcessKafka kafka, TriageEngine engine, Path stateDir) {
        return instance(kafka, engine, stateDir, CallEventKey.CALLER);
    }

    private static KafkaStreams instance(InProcessKafka kafka, TriageEngine engine, Path stateDir,
            CallEventKey keying) {
        Properties props = new Properties();
        props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "kasuhara-e2e");
        props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.setProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.setProperty(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        props.setProperty(StreamsConfig.consumerPrefix("session.timeout.ms"), "3000");
        props.setProperty(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "500");
        props.setProperty(StreamsConfig.producerPrefix("transaction.timeout.ms"), "5000");
        var topology = KasuharaTopology.builder().engine(engine).callerKey(Fixtures.KEY).callEventKey(keying)
                .timers(TimerClock.EVENT_TIME, Duration.ofSeconds(1)).build();
        KafkaStreams streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        streams.start();
        return streams;
    }

    @Test
    @Timeout(180)
    void threeInstancesOneKilledMidStreamWriteEveryAlertAndAssessmentExactlyOnce(@TempDir Path dir)
            throws Exception {
        List<Input> input = input();
        Map<String, Set<String>> expected = expected(input, dir.resolve("oracle"));
        assertThat(expected.get("call-alerts")).hasSizeGreaterThan(CALLERS);
        assertThat(expected.get("assessments")).hasSize(CASES);

        try (InProcessKafka kafka = InProcessKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(6, "call-events", "cases", "call-alerts", "assessments");
            kafka.createTopics(1, "kasuhara-dead-letters");
            AtomicInteger crashed = new AtomicInteger();
            List<KafkaStreams> instances = List.of(
                    instance(kafka, Fixtures.ENGINE, dir.resolve("state-0")),
                    instance(kafka, new CrashingEngine(Fixtures.ENGINE, 80, crashed), dir.resolve("state-1")),
                    instance(kafka, Fixtures.ENGINE, dir.resolve("state-2")));
            try {
                awaitRunning(instances);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer())) {
                    int batch = input.size() / 8 + 1;
                    for (int i = 0; i < input.size(); i++) {
                        Input in = input.get(i);
                        producer.send(new ProducerRecord<>(in.topic(), in.key(), in.value()));
                        if (i % batch == batch - 1) {
                            producer.flush();
                            Thread.sleep(300);
                        }
                    }
                }
                Map<String, Map<String, Integer>> seen = readCommitted(kafka, expected, Duration.ofSeconds(90));
                assertThat(crashed.get()).as("the second instance died at its 80th record").isGreaterThanOrEqualTo(80);
                assertThat(instances.get(1).state()).isIn(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);
                for (String topic : List.of("call-alerts", "assessments")) {
                    assertThat(seen.get(topic).keySet()).as(topic).isEqualTo(expected.get(topic));
                    assertThat(seen.get(topic).values()).as(topic + ": each record once").containsOnly(1);
                }
                assertThat(seen.get("kasuhara-dead-letters")).hasSize(BAD_CASES).containsValues(1)
                        .doesNotContainValue(2);
                assertNoCallerNumberInAnyTopicItWrites(kafka);
            } finally {
                instances.forEach(s -> s.close(Duration.ofSeconds(10)));
            }
        }
    }

    /**
     * The same input with no key on any call event, on one partition (so that event time moves as in the one-partition
     * oracle) and one instance re-keying by caller: the same alerts once each, and no caller number in any topic,
     * the broker's repartition topics included.
     */
    @Test
    @Timeout(120)
    void unkeyedCallEventsAreReKeyedByCallerThroughRealRepartitionTopics(@TempDir Path dir) throws Exception {
        List<Input> keyed = input();
        Map<String, Set<String>> expected = expected(keyed, dir.resolve("oracle"));
        try (InProcessKafka kafka = InProcessKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(1, "call-events", "cases", "call-alerts", "assessments", "kasuhara-dead-letters");
            KafkaStreams instance = instance(kafka, Fixtures.ENGINE, dir.resolve("state"), CallEventKey.CALL_ID);
            try {
                awaitRunning(List.of(instance));
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer())) {
                    for (Input in : keyed) {
                        String key = in.topic().equals("call-events") ? null : in.key();
                        producer.send(new ProducerRecord<>(in.topic(), key, in.value()));
                    }
                }
                Map<String, Map<String, Integer>> seen = readCommitted(kafka, expected, Duration.ofSeconds(60));
                for (String topic : List.of("call-alerts", "assessments")) {
                    assertThat(seen.get(topic).keySet()).as(topic).isEqualTo(expected.get(topic));
                    assertThat(seen.get(topic).values()).as(topic + ": each record once").containsOnly(1);
                }
                assertThat(seen.get("kasuhara-dead-letters")).hasSize(BAD_CASES);
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                    assertThat(admin.listTopics().names().get()).contains(
                            "kasuhara-e2e-kasuhara-call-events-by-call-repartition",
                            "kasuhara-e2e-kasuhara-call-events-by-caller-repartition",
                            "kasuhara-e2e-kasuhara-call-routes-changelog");
                }
                assertNoCallerNumberInAnyTopicItWrites(kafka);
            } finally {
                instance.close(Duration.ofSeconds(10));
            }
        }
    }

    private static void awaitRunning(List<KafkaStreams> instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (instances.stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("instances not running: " + instances.stream().map(KafkaStreams::state).toList());
            }
            Thread.sleep(100);
        }
    }

    /** Reads until every expected record is there, then a little longer so that a duplicate would show. */
    private static Map<String, Map<String, Integer>> readCommitted(InProcessKafka kafka,
            Map<String, Set<String>> expected, Duration timeout) {
        Map<String, Map<String, Integer>> seen = new TreeMap<>();
        List<String> topics = List.of("call-alerts", "assessments", "kasuhara-dead-letters");
        topics.forEach(t -> seen.put(t, new HashMap<>()));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.readCommittedConsumer("verify"))) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String key = new String(r.key(), StandardCharsets.UTF_8);
                    String id = identity(r.topic(), key, new String(r.value(), StandardCharsets.UTF_8));
                    seen.get(r.topic()).merge(id, 1, Integer::sum);
                }
                boolean complete = seen.get("call-alerts").keySet().containsAll(expected.get("call-alerts"))
                        && seen.get("assessments").keySet().containsAll(expected.get("assessments"))
                        && seen.get("kasuhara-dead-letters").size() >= BAD_CASES;
                if (complete && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return seen;
    }

    private static void assertNoCallerNumberInAnyTopicItWrites(InProcessKafka kafka) throws Exception {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            topics = admin.listTopics().names().get().stream()
                    .filter(t -> !t.equals("call-events") && !t.equals("cases") && !t.startsWith("__"))
                    .collect(Collectors.toSet());
        }
        assertThat(topics).anyMatch(t -> t.contains("kasuhara-callers-changelog"));
        int records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.readCommittedConsumer("scan"))) {
            consumer.subscribe(topics);
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
                var polled = consumer.poll(Duration.ofMillis(200));
                if (!polled.isEmpty()) {
                    quietSince = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> r : polled) {
                    records++;
                    String text = (r.key() == null ? "" : new String(r.key(), StandardCharsets.ISO_8859_1))
                            + (r.value() == null ? "" : new String(r.value(), StandardCharsets.ISO_8859_1));
                    assertThat(text).as(r.topic()).doesNotContain("7000-").doesNotContain("+81-90");
                }
            }
        }
        assertThat(records).isGreaterThan(CASES);
    }
}
