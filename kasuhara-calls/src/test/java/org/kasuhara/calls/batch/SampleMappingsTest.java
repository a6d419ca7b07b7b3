// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.policy.Policies;

/** Each shipped mapping analyses a small fixture of its platform's records into the expected findings. */
class SampleMappingsTest {
    @TempDir
    Path dir;

    private AnalysisSummary analyse(String name, String fixture, CallRecordAnalysis.Format format) throws IOException {
        Path input = dir.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("mappings/" + fixture)) {
            Files.copy(in, input);
        }
        CallRecordAnalysis.Options options = new CallRecordAnalysis.Options(Policies.defaults(),
                SampleMappings.load(name), format, true, null, 20, 1000);
        return CallRecordAnalysis.run(input, options, dir.resolve("out"), null);
    }

    private String out(String file) throws IOException {
        return Files.readString(dir.resolve("out").resolve(file));
    }

    @Test
    void anAmazonConnectContactRecordFixtureIsAnalysedThroughItsSampleMapping() throws IOException {
        AnalysisSummary s = analyse("amazon-connect-ctr", "amazon-connect-ctr.jsonl",
                CallRecordAnalysis.Format.JSON_LINES);
        assertThat(s.records()).isEqualTo(5);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.callersWithFindings()).isEqualTo(2);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(3,
                "caller: /CustomerEndpoint/Address: not in the record"));
        assertThat(out("confinement.jsonl")).contains("\"caller\":\"+81500000002\"", "\"matter\":\"ORD-2002\"",
                "\"minutes\":65");
        assertThat(out("matters.jsonl")).isEqualTo("{\"caller\":\"+81500000001\",\"matter\":\"ORD-1001\","
                + "\"callsInWindow\":3,\"windowDays\":30,\"line\":6}\n");
    }

    @Test
    void twilioCompletedCallbacksStartTheirDurationBeforeTheirTimestamp() throws IOException {
        AnalysisSummary s = analyse("twilio-status-callback", "twilio-status-callback.jsonl",
                CallRecordAnalysis.Format.JSON_LINES);
        assertThat(s.records()).isEqualTo(4);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.malformedSamples()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(4);
            assertThat(m.problem()).contains("yesterday", "RFC 1123");
        });
        assertThat(out("confinement.jsonl")).contains("\"caller\":\"+81500000012\"",
                "\"start\":\"2026-11-02T11:00+09:00\"", "\"minutes\":65");
        assertThat(out("findings.jsonl")).contains("+81500000011", "KH-CALL-003: 3 calls within 30 days, limit 3");
    }

    @Test
    void genesysConversationsAreReadThroughPointersIntoArrays() throws IOException {
        AnalysisSummary s = analyse("genesys-cloud-conversations", "genesys-cloud-conversations.jsonl",
                CallRecordAnalysis.Format.JSON_LINES);
        assertThat(s.records()).isEqualTo(4);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(3,
                "end: /conversationEnd: not in the record"));
        assertThat(out("findings.jsonl")).contains("\"caller\":\"tel:+81500000021\"",
                "\"organization\":\"d0000000-0000-0000-0000-000000000001\"");
    }

    @Test
    void salesforceVoiceCallExportsAreReadAsCsv() throws IOException {
        AnalysisSummary s = analyse("salesforce-voicecall", "salesforce-voicecall.csv", CallRecordAnalysis.Format.CSV);
        assertThat(s.records()).isEqualTo(4);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(4, "caller: empty"));
        assertThat(out("matters.jsonl")).contains("\"matter\":\"CASE-0100\"", "\"callsInWindow\":3");
    }

    @Test
    void everySampleIsDocumentedBesideTheMappings() throws IOException {
        String readme;
        try (InputStream in = SampleMappings.class.getResourceAsStream("mappings/README.md")) {
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String name : SampleMappings.NAMES) {
            assertThat(SampleMappings.text(name)).contains("Source:");
            assertThat(readme).contains("`" + name + "`");
        }
    }

    @Test
    void anUnknownSampleIsAnErrorListingTheSamples() {
        assertThatThrownBy(() -> SampleMappings.load("avaya"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("avaya").hasMessageContaining("amazon-connect-ctr");
    }
}
