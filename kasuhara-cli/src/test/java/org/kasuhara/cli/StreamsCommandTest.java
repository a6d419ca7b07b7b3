// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.streams.InProcessKafka;

class StreamsCommandTest {
    @TempDir
    Path dir;

    private Path config(String... lines) throws IOException {
        Files.write(dir.resolve("caller.key"), "a secret of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("streams.properties");
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void aMissingBootstrapServerIsNamedByItsKeyInJapaneseAndEnglish() throws IOException {
        CliRun run = CliRun.of("streams", "--config", config("kasuhara.caller-key-file=" + dir.resolve("caller.key"))
                .toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("bootstrap.servers: 設定がありません / missing");
    }

    @Test
    void aShortCallerKeyOrAnotherGuaranteeIsRefusedByKey() throws IOException {
        Files.writeString(dir.resolve("short.key"), "too short");
        CliRun shortKey = CliRun.of("streams", "--config", config("bootstrap.servers=localhost:1",
                "kasuhara.caller-key-file=" + dir.resolve("short.key")).toString());
        assertThat(shortKey.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(shortKey.err()).contains("kasuhara.caller-key-file: 16 バイト以上必要です / needs at least 16 bytes");

        CliRun guarantee = CliRun.of("streams", "--config", config("bootstrap.servers=localhost:1",
                "kasuhara.caller-key-file=" + dir.resolve("caller.key"), "processing.guarantee=at_least_once")
                .toString());
        assertThat(guarantee.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(guarantee.err()).contains("processing.guarantee: exactly_once_v2 のみ");

        CliRun timers = CliRun.of("streams", "--config", config("bootstrap.servers=localhost:1",
                "kasuhara.caller-key-file=" + dir.resolve("caller.key"), "kasuhara.timers=sundial").toString());
        assertThat(timers.err()).contains("kasuhara.timers:");
        CliRun keying = CliRun.of("streams", "--config", config("bootstrap.servers=localhost:1",
                "kasuhara.caller-key-file=" + dir.resolve("caller.key"), "kasuhara.call-events.key=phone").toString());
        assertThat(keying.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(keying.err()).contains("kasuhara.call-events.key: caller か call-id / expected caller or call-id");
        assertThat(CliRun.of("streams", "--config", dir.resolve("absent.properties").toString()).err())
                .contains("設定ファイルを読めません");
    }

    @Test
    @Timeout(120)
    void theCommandAssessesCasesFromAKafkaTopicUntilInterrupted() throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(2, "call-events", "cases", "call-alerts", "assessments", "kasuhara-dead-letters");
            Path file = config("bootstrap.servers=" + kafka.bootstrapServers(), "application.id=cli-test",
                    "state.dir=" + dir.resolve("state"), "kasuhara.caller-key-file=" + dir.resolve("caller.key"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Thread[] runner = new Thread[1];
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                runner[0] = Thread.currentThread();
                return KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                        .setErr(new PrintWriter(err, true)).execute("streams", "--config", file.toString());
            });
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer())) {
                producer.send(new ProducerRecord<>("cases", "C-1", Files.readString(Path.of(
                        "../examples/cases/harassment-kneeling-demand.json")))).get();
                producer.send(new ProducerRecord<>("cases", "C-2", "{not a case")).get();
            }
            List<String> read = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.readCommittedConsumer("t"))) {
                consumer.subscribe(List.of("assessments", "kasuhara-dead-letters"));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (read.size() < 2 && System.nanoTime() < deadline && !exit.isDone()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        read.add(r.topic() + " " + new String(r.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            runner[0].interrupt();
            assertThat(exit.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("起動しました").contains("cases → assessments");
            assertThat(read).anySatisfy(r -> assertThat(r).startsWith("assessments {").contains("KNEELING_DEMAND"))
                    .anySatisfy(r -> assertThat(r).startsWith("kasuhara-dead-letters {").contains("not valid JSON"));
        }
    }
}
