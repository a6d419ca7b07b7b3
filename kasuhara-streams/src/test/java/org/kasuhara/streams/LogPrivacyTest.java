package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.streams.Fixtures.at;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No caller number, applicant name or transcript reaches a log: everything written to standard output and error
 * (where slf4j-simple logs, this package at DEBUG) while good and bad records of both kinds pass is searched.
 */
class LogPrivacyTest {
    @TempDir
    Path stateDir;

    @Test
    void callersNamesAndWordsNeverAppearInLogOutput() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        String key = "acme-foods\0" + Fixtures.PHONE;
        try (TopologyTestDriver driver = new TopologyTestDriver(KasuharaTopology.builder().engine(Fixtures.ENGINE)
                .callerKey(Fixtures.KEY).build(), Fixtures.driverProperties(stateDir), at("2026-11-20T14:00"))) {
            var events = driver.createInputTopic("call-events", new StringSerializer(), new StringSerializer());
            var cases = driver.createInputTopic("cases", new StringSerializer(), new StringSerializer());
            events.pipeInput(key, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));
            events.pipeInput(key, Fixtures.started("c-1", "order-1", at("2026-11-20T14:00")));   // a duplicate
            events.pipeInput(key, Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:01")));
            events.pipeInput(key, Fixtures.transcript("c-9", 0, "馬鹿じゃないのか。", at("2026-11-20T14:01")));
            events.pipeInput(key, "{\"type\":\"started\",\"caller\":\"" + Fixtures.PHONE + "\"}");
            events.pipeInput(key, "{\"type\":\"started\",\"callId\":\"c-2\",\"caller\":" + Fixtures.PHONE + "}");
            driver.advanceWallClockTime(Duration.ofHours(2));
            cases.pipeInput("k", Fixtures.phoneCase("C-1"));
            cases.pipeInput("k", Fixtures.phoneCase("C-2").replace("\"channel\":\"PHONE\",", "\"channel\":1,"));
            cases.pipeInput("k", Fixtures.phoneCase("C-3").replace("\"name\":", "\"nam\":"));
            cases.pipeInput("k", Fixtures.phoneCase("C-4").replace("\"receivedAt\"", "\"receivedAt\":\"" + Fixtures.NAME
                    + "\",\"x\""));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String logged = captured.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("dead letters");   // the logs were captured
        assertThat(logged).doesNotContain("1234-5678").doesNotContain("9012345678").doesNotContain(Fixtures.NAME)
                .doesNotContain("届いたケーキ").doesNotContain("馬鹿じゃない");
    }
}
