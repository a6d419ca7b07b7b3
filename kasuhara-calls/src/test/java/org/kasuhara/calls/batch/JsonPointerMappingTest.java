// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.policy.Policies;

/** JSON Pointer paths (RFC 6901) in a mapping reach nested fields of JSON Lines records. */
class JsonPointerMappingTest {
    @TempDir
    Path dir;

    private AnalysisSummary analyse(String mapping, String jsonl) throws IOException {
        Path input = Files.writeString(dir.resolve("calls.jsonl"), jsonl);
        CallRecordAnalysis.Options options = new CallRecordAnalysis.Options(Policies.defaults(),
                RecordMapping.parse(mapping, "mapping.yaml"), CallRecordAnalysis.Format.JSON_LINES, true, null, 20,
                1000);
        return CallRecordAnalysis.run(input, options, dir.resolve("out"), null);
    }

    @Test
    void pointersReachNestedObjectsArraysByIndexAndEscapedNamesBesideTopLevelNames() throws IOException {
        String mapping = """
                caller: /who/numbers/1
                matter: /tags/case~1no
                start: started
                duration: /talk/seconds
                """;
        String line = "{\"who\":{\"numbers\":[\"ignored\",\"+81-1\"]},\"tags\":{\"case/no\":\"T-1\"},"
                + "\"started\":\"2026-11-0%dT10:00:00+09:00\",\"talk\":{\"seconds\":%d}}\n";
        AnalysisSummary s = analyse(mapping, line.formatted(2, 3900) + line.formatted(4, 60) + line.formatted(6, 60));
        assertThat(s.records()).isEqualTo(3);
        assertThat(s.malformed()).isZero();
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.topRepeatCallers()).containsExactly(new AnalysisSummary.RepeatCaller("+81-1", "T-1", 3, 3));
    }

    @Test
    void aRequiredPointerMissingFromARecordNamesTheKeyThePointerAndTheLine() throws IOException {
        String mapping = """
                caller: /CustomerEndpoint/Address
                matter: /Attributes/matter
                start: /InitiationTimestamp
                end: /DisconnectTimestamp
                """;
        String good = "{\"CustomerEndpoint\":{\"Address\":\"+81-1\"},\"InitiationTimestamp\":\"2026-11-02T01:00:00Z\","
                + "\"DisconnectTimestamp\":\"2026-11-02T01:05:00Z\"}\n";
        AnalysisSummary s = analyse(mapping, good
                + "{\"CustomerEndpoint\":null,\"InitiationTimestamp\":\"2026-11-02T02:00:00Z\"}\n"
                + "{\"CustomerEndpoint\":{\"Address\":{\"nested\":true}},\"InitiationTimestamp\":\"2026-11-02T03:00:00Z\"}\n"
                + "{\"CustomerEndpoint\":{\"Address\":\"+81-2\"},\"InitiationTimestamp\":\"2026-11-02T04:00:00Z\"}\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"CustomerEndpoint\":{\"Address\":\"+81-3\"}} trailing\n"
                + good.replace("+81-1", "+81-4").replace("01:0", "05:0"));
        assertThat(s.records()).isEqualTo(2);   // a missing matter is no matter, not an error
        assertThat(s.malformedSamples()).extracting(AnalysisSummary.MalformedRecord::line,
                AnalysisSummary.MalformedRecord::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "caller: /CustomerEndpoint/Address: not in the record"),
                org.assertj.core.groups.Tuple.tuple(3L,
                        "caller: /CustomerEndpoint/Address: expected text or a number, found an object"),
                org.assertj.core.groups.Tuple.tuple(4L, "end: /DisconnectTimestamp: not in the record"),
                org.assertj.core.groups.Tuple.tuple(5L, "not valid JSON"),
                org.assertj.core.groups.Tuple.tuple(6L, "expected a JSON object"),
                org.assertj.core.groups.Tuple.tuple(7L, "not valid JSON"));
    }

    @Test
    void aMalformedPointerInTheMappingFileNamesTheFileLineAndKey() throws IOException {
        Path file = Files.writeString(dir.resolve("mapping.yaml"), """
                # Amazon Connect
                caller: /CustomerEndpoint/Address
                start: /InitiationTimestamp
                end: /Disconnect~2Timestamp
                """);
        assertThatThrownBy(() -> RecordMapping.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":4: end: malformed JSON Pointer \"/Disconnect~2Timestamp\"")
                .hasMessageContaining("~0").hasMessageContaining("RFC 6901");
        assertThatThrownBy(() -> RecordMapping.parse("caller: /a~\nstart: s\nend: e\n", "m.yaml"))
                .hasMessageStartingWith("m.yaml:1: caller: malformed JSON Pointer");
    }

    @Test
    void aPointerInACsvMappingIsAnErrorSayingCsvTakesColumnNames() throws IOException {
        Path input = Files.writeString(dir.resolve("calls.csv"), "caller,start,end\n+81-1,2026-11-02 10:00:00,"
                + "2026-11-02 10:05:00\n");
        CallRecordAnalysis.Options options = new CallRecordAnalysis.Options(Policies.defaults(),
                RecordMapping.parse("caller: /caller\nstart: start\nend: end\n", "mapping.yaml"),
                CallRecordAnalysis.Format.CSV, true, null, 20, 1000);
        assertThatThrownBy(() -> CallRecordAnalysis.run(input, options, dir.resolve("out"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caller: \"/caller\" is a JSON Pointer");
    }

    @Test
    void topLevelNamesStillStreamAndAMissingDurationIsAnErrorNotACrash() throws IOException {
        AnalysisSummary s = analyse("caller: c\nstart: s\nduration: d\n",
                "{\"c\":\"+81-1\",\"s\":\"2026-11-02 10:00:00\",\"d\":3600}\n"
                        + "{\"c\":\"+81-1\",\"s\":\"2026-11-02 12:00:00\"}\n");
        assertThat(s.records()).isEqualTo(1);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(2, "duration: empty"));
    }

    @Test
    void withoutAStartBothEndAndDurationAreNeeded() {
        assertThatThrownBy(() -> RecordMapping.parse("caller: From\nend: Timestamp\n", "m.yaml"))
                .hasMessageContaining("start: required").hasMessageContaining("unless both end and duration");
        assertThat(RecordMapping.parse("caller: From\nend: Timestamp\nduration: CallDuration\n", "m.yaml").start())
                .isNull();
    }
}
