// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.kasuhara.streams.InProcessKafka;

/**
 * Measures the Kafka Streams application on a KRaft broker in this JVM, with instances in JVMs of their own:
 * events/s through one and two instances (a backlog of call events, started/transcript/ended per call), alert
 * latency at a steady live rate, state bytes per caller (the changelog's latest value per caller), and how long
 * alerts are late after one of two instances is killed ({@code SIGKILL}, session timeout 10 s).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.StreamsScale [EVENTS] [CALLERS] [RATE]</pre>
 */
public final class StreamsScale {
    private static final int PARTITIONS = 6;
    private final InProcessKafka kafka;
    private final Path dir;
    private long callSeq;

    private StreamsScale(InProcessKafka kafka, Path dir) {
        this.kafka = kafka;
        this.dir = dir;
    }

    /**
     * @param args events in the backlog (default 300,000), callers (default 20,000), live events/s (default 600)
     * @throws Exception when the broker or an instance fails
     */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        Path dir = Files.createTempDirectory("kasuhara-streams-scale");
        try (InProcessKafka kafka = InProcessKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(PARTITIONS, "call-events", "cases", "call-alerts", "assessments");
            kafka.createTopics(1, "kasuhara-dead-letters");
            StreamsScale scale = new StreamsScale(kafka, dir);
            Instant base = Instant.now().minus(Duration.ofHours(2));
            scale.produceBacklog(events, callers, base);
            for (int instances = 1; instances <= 2; instances++) {
                scale.run(instances, events, rate);
            }
        }
    }

    private void run(int count, int events, int rate) throws Exception {
        String app = "bench-" + count;
        List<Process> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instances.add(spawn(app, dir.resolve(app + "-state-" + i)));
        }
        try {
            for (Process p : instances) {
                awaitLine(p, "RUNNING");
            }
            long start = System.nanoTime();
            awaitLag(app, 0, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            print("%d instance(s): %,d events in %.1f s = %,.0f events/s", count, events, seconds, events / seconds);
            stateBytes(app);
            List<long[]> lat = live(app, rate, Duration.ofSeconds(20), null);
            print("%d instance(s): alert latency at %d events/s: p50 %d ms, p99 %d ms, max %d ms (%d alerts)", count,
                    rate, pct(lat, 0.5), pct(lat, 0.99), pct(lat, 1.0), lat.size());
            if (count == 2) {
                List<long[]> after = live(app + "-kill", rate, Duration.ofSeconds(45), instances.get(0));
                long lastLate = after.stream().filter(l -> l[1] > 1000).mapToLong(l -> l[0]).max().orElse(0);
                print("kill 1 of 2: alerts late (>1 s) until %.1f s after the kill; max latency %d ms; p50 after"
                        + " %d ms", lastLate / 1000.0, pct(after, 1.0), pct(after.stream()
                        .filter(l -> l[0] > lastLate).toList(), 0.5));
            }
        } finally {
            for (Process p : instances) {
                p.getOutputStream().close();
            }
            for (Process p : instances) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private Process spawn(String app, Path stateDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StreamsInstance.class.getName(), kafka.bootstrapServers(), app.replace("-kill", ""),
                stateDir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitLine(Process p, String line) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String read;
        while ((read = in.readLine()) != null && !read.equals(line)) {
            // other output
        }
        if (read == null) {
            throw new IllegalStateException("instance ended before " + line);
        }
    }

    private void produceBacklog(int events, int callers, Instant base) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer())) {
            int calls = events / 3;
            double spacing = 7200.0 / calls;
            for (int i = 0; i < calls; i++) {
                Instant t = base.plusMillis((long) (i * spacing * 1000));
                call(producer, i % callers, t, i % 5 == 0);
            }
        }
    }

    /** started, one transcript chunk (abusive or not), ended two minutes later: three events of one caller. */
    private void call(KafkaProducer<String, String> producer, int caller, Instant t, boolean abusive) {
        String key = "acme-foods\0+81-90-" + String.format("%08d", caller);
        String id = "k-" + callSeq++;
        producer.send(new ProducerRecord<>("call-events", key, "{\"type\":\"started\",\"callId\":\"" + id
                + "\",\"caller\":\"" + key.substring(11) + "\",\"matter\":\"m-" + (caller % 97) + "\",\"at\":\""
                + iso(t) + "\"}"));
        producer.send(new ProducerRecord<>("call-events", key, "{\"type\":\"transcript\",\"callId\":\"" + id
                + "\",\"seq\":0,\"text\":\"" + (abusive ? "馬鹿じゃないのか。" : "商品が届かないのですが。") + "\",\"at\":\""
                + iso(t.plusSeconds(30)) + "\"}"));
        producer.send(new ProducerRecord<>("call-events", key, "{\"type\":\"ended\",\"callId\":\"" + id
                + "\",\"at\":\"" + iso(t.plusSeconds(120)) + "\"}"));
    }

    /**
     * Sends abusive calls at the rate (events/s) and reads the alerts they raise.
     *
     * @return per alert: ms since the start (or the kill), latency in ms
     */
    private List<long[]> live(String group, int rate, Duration length, Process kill) throws Exception {
        List<long[]> latencies = new ArrayList<>();
        Properties consumerProps = kafka.readCommittedConsumer(group + "-" + System.nanoTime());
        consumerProps.setProperty("auto.offset.reset", "latest");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of("call-alerts"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            long start = System.currentTimeMillis();
            long end = start + length.toMillis() + 15_000;
            long sent = 0;
            long sendUntil = start + length.toMillis();
            if (kill != null) {
                Thread.sleep(2000);
                kill.destroyForcibly();
                start = System.currentTimeMillis();
            }
            while (System.currentTimeMillis() < end) {
                long now = System.currentTimeMillis();
                while (now < sendUntil && sent * 1000 / rate < now - (sendUntil - length.toMillis())) {
                    call(producer, 1_000_000 + (int) (sent / 3), Instant.now(), true);
                    sent += 3;
                }
                producer.flush();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    long received = System.currentTimeMillis();
                    latencies.add(new long[] {received - start, received - r.timestamp()});
                }
            }
        }
        return latencies;
    }

    private void awaitLag(String app, long atMost, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition("call-events", p), OffsetSpec.latest());
            }
            while (System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets(app).partitionsToOffsetAndMetadata().get();
                var ends = admin.listOffsets(latest).all().get();
                long lag = 0;
                for (var entry : ends.entrySet()) {
                    var c = committed.get(entry.getKey());
                    lag += entry.getValue().offset() - (c == null ? 0 : c.offset());
                }
                if (lag <= atMost) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("lag not reached within " + timeout);
    }

    private void stateBytes(String app) {
        Map<String, Integer> latest = new HashMap<>();
        Properties props = kafka.readCommittedConsumer(app + "-state-reader");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(app + "-kasuhara-callers-changelog"));
            long quiet = System.currentTimeMillis();
            while (System.currentTimeMillis() - quiet < 3000) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    quiet = System.currentTimeMillis();
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    String key = java.util.HexFormat.of().formatHex(r.key());
                    if (r.value() == null) {
                        latest.remove(key);
                    } else {
                        latest.put(key, r.value().length + r.key().length);
                    }
                }
            }
        }
        long total = latest.values().stream().mapToLong(Integer::longValue).sum();
        print("state: %,d callers held, %,d bytes = %.0f bytes per caller (key + value, callers store);"
                + " timer index 40 bytes per caller with work pending", latest.size(), total,
                latest.isEmpty() ? 0.0 : (double) total / latest.size());
    }

    private static long pct(List<long[]> latencies, double q) {
        if (latencies.isEmpty()) {
            return -1;
        }
        long[] sorted = latencies.stream().mapToLong(l -> l[1]).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static String iso(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(9)).toString();
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
