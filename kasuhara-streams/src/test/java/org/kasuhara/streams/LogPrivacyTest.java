// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.streams.Fixtures.at;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.testing.ConsoleCapture;

/**
 * No caller number, applicant name or transcript reaches a log: everything written to standard output and error
 * (where slf4j-simple logs, this package at DEBUG) while good and bad records of both kinds pass is searched.
 */
class LogPrivacyTest {
    @TempDir
    Path stateDir;

    @Test
    void callersNamesAndWordsNeverAppearInLogOutput() throws Exception {
        String key = "acme-foods\0" + Fixtures.PHONE;
        String logged = ConsoleCapture.of(() -> {
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
            }
        });
        assertThat(logged).contains("dead letters");   // the logs were captured
        assertThat(logged).doesNotContain("1234-5678").doesNotContain("9012345678").doesNotContain(Fixtures.NAME)
                .doesNotContain("届いたケーキ").doesNotContain("馬鹿じゃない");
    }
}
