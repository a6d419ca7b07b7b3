// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.policy.Policies;

/** {@link CallRecordAnalysis.Format#JSON}: an array of records, or records one after another, read one at a time. */
class JsonFormatTest {
    @TempDir
    Path dir;

    private AnalysisSummary analyse(RecordMapping mapping, String json) throws IOException {
        Path input = Files.writeString(dir.resolve("calls.json"), json);
        return CallRecordAnalysis.run(input, new CallRecordAnalysis.Options(Policies.defaults(), mapping,
                CallRecordAnalysis.Format.JSON, true, null, 20, 1000), dir.resolve("out"), null);
    }

    private static String call(String caller, int day, int minutes) {
        return "{\"who\": {\"number\": \"" + caller + "\"},\n  \"start\": \"2026-11-0" + day + "T10:00:00+09:00\",\n"
                + "  \"seconds\": " + minutes * 60 + "}";
    }

    private static final RecordMapping NESTED = RecordMapping.parse("caller: /who/number\nstart: start\n"
            + "duration: seconds\n", "mapping.yaml");

    @Test
    void aPrettyPrintedArrayIsReadRecordByRecordWithTheLineEachBeginsOn() throws IOException {
        AnalysisSummary s = analyse(NESTED, "[\n" + call("+81-1", 2, 5) + ",\n" + call("+81-1", 3, 70) + ",\n"
                + "42,\n{\"who\": {}, \"start\": \"2026-11-04T10:00:00+09:00\", \"seconds\": 1},\n"
                + call("+81-1", 5, 5) + "\n]\n");
        assertThat(s.records()).isEqualTo(3);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(8, "expected a JSON object"),
                new AnalysisSummary.MalformedRecord(9, "caller: /who/number: not in the record"));
        assertThat(Files.readString(dir.resolve("out/confinement.jsonl"))).contains("\"line\":5");
    }

    @Test
    void concatenatedObjectsWithoutSeparatorsAreRead() throws IOException {
        AnalysisSummary s = analyse(NESTED, call("+81-1", 2, 5) + call("+81-2", 3, 61) + call("+81-1", 4, 5));
        assertThat(s.records()).isEqualTo(3);
        assertThat(s.malformed()).isZero();
        assertThat(s.confinementCalls()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorEndsTheFileWithItsLineAndKeepsWhatCameBefore() throws IOException {
        AnalysisSummary s = analyse(NESTED, "[\n" + call("+81-1", 2, 70) + ",\n{\"who\": oops}\n" + call("+81-2", 3, 5)
                + "]");
        assertThat(s.records()).isEqualTo(1);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.malformedSamples()).containsExactly(new AnalysisSummary.MalformedRecord(5,
                "not valid JSON; the rest of the file was not read"));
        assertThat(analyse(NESTED, "[" + call("+81-1", 2, 5) + "] {}").malformedSamples())
                .extracting(AnalysisSummary.MalformedRecord::problem).containsExactly("content after the array");
        assertThat(analyse(NESTED, "").records()).isZero();
    }

    @Test
    void amazonConnectContactRecordsConcatenatedInOneFileGoThroughTheSampleMapping() throws IOException {
        String lines;
        try (InputStream in = getClass().getResourceAsStream("mappings/amazon-connect-ctr.jsonl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AnalysisSummary s = analyse(SampleMappings.load("amazon-connect-ctr"), lines.replace("\n", ""));
        assertThat(s.records()).isEqualTo(5);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.malformedSamples()).extracting(AnalysisSummary.MalformedRecord::problem)
                .containsExactly("caller: /CustomerEndpoint/Address: not in the record");
    }
}
