// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.streams.Fixtures.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.json.CaseReader;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** What the topology writes reads back as the v1 records; a bad case fails naming its field. */
class KasuharaSerdesTest {
    @TempDir
    Path stateDir;

    @Test
    void assessmentsAndAlertsOnTheTopicsReadBackAsTheRecordsTheEngineAndMonitorMade() {
        try (TopologyTestDriver driver = new TopologyTestDriver(KasuharaTopology.builder().engine(Fixtures.ENGINE)
                .callerKey(Fixtures.KEY).build(), Fixtures.driverProperties(stateDir), at("2026-11-20T14:00"))) {
            driver.createInputTopic("cases", new StringSerializer(), new StringSerializer())
                    .pipeInput("k", Fixtures.phoneCase("C-1"));
            var events = driver.createInputTopic("call-events", new StringSerializer(), new StringSerializer());
            events.pipeInput("acme\0" + Fixtures.PHONE, Fixtures.started("c-1", "m", at("2026-11-20T14:00")));
            events.pipeInput("acme\0" + Fixtures.PHONE, Fixtures.transcript("c-1", 0, "馬鹿じゃないのか。",
                    at("2026-11-20T14:01")));
            Assessment assessment = driver.createOutputTopic("assessments",
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    KasuharaSerdes.assessmentV1().deserializer()).readValue();
            assertThat(assessment).isEqualTo(Fixtures.ENGINE.assess(new CaseReader().readOne(Fixtures.phoneCase("C-1"))));
            CallAlert alert = driver.createOutputTopic("call-alerts",
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    KasuharaSerdes.callAlert().deserializer()).readValue();
            assertThat(alert.kind()).isEqualTo(AlertKind.ABUSIVE_TEXT);
            assertThat(alert.callId()).isEqualTo("c-1");
            assertThat(KasuharaSerdes.callAlert().deserializer().deserialize("t",
                    KasuharaSerdes.callAlert().serializer().serialize("t", alert))).isEqualTo(alert);
        }
    }

    @Test
    void aCaseRoundTripsAndABadOneFailsNamingItsField() {
        Case complaint = new CaseReader().readOne(Fixtures.phoneCase("C-1"));
        var serde = KasuharaSerdes.caseV1();
        assertThat(serde.deserializer().deserialize("cases", serde.serializer().serialize("cases", complaint)))
                .isEqualTo(complaint);
        byte[] bad = Fixtures.phoneCase("C-2").replace("\"channel\":\"PHONE\"", "\"channel\":\"FAX\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde.deserializer().deserialize("cases", bad))
                .isInstanceOf(SerializationException.class).hasMessageContaining("channel");
    }
}
