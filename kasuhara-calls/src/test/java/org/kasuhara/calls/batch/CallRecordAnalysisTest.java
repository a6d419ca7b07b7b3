// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.policy.Policies;

class CallRecordAnalysisTest {
    private static final String MAPPING = """
            caller: 発信者番号
            matter: ticket
            start: started
            duration: talk
            durationUnit: hms
            dateFormat: yyyy/MM/dd HH:mm:ss
            zone: Asia/Tokyo
            """;
    private static final String CSV = """
            started,発信者番号,ticket,talk
            2026/11/01 10:00:00,+81-1,T-1,00:10:00
            2026/11/01 11:00:00,+81-2,T-9,01:02:00
            2026/11/05 10:00:00,+81-1,T-1,00:05:00
            2026/11/06 23:30:00,+81-3,T-5,00:03:00
            2026/11/07 23:30:00,+81-3,T-6,00:03:00
            2026/11/08 10:00:00,+81-1,"T-1",00:05:00
            2026/11/08 23:30:00,+81-3,T-7,00:03:00
            not a date,+81-4,T-2,00:01:00
            2026/11/09 10:00:00,,T-2,00:01:00
            2026/11/09 11:00:00,+81-5
            2026/12/20 10:00:00,+81-1,T-1,00:05:00
            """;

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static CallRecordAnalysis.Options options(Path mapping, boolean reveal) {
        return new CallRecordAnalysis.Options(Policies.defaults(), RecordMapping.load(mapping),
                CallRecordAnalysis.Format.CSV, reveal, null, 20, 1000);
    }

    @Test
    void aMappedCsvYieldsConfinementRepeatAndOffHoursFindings(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        AnalysisSummary s = CallRecordAnalysis.run(write(dir, "cdr.csv", CSV),
                options(write(dir, "mapping.yaml", MAPPING), true), out, null);
        assertThat(s.records()).isEqualTo(8);
        assertThat(s.confinementCalls()).isEqualTo(1);
        assertThat(s.repeatMatters()).isEqualTo(1);
        assertThat(s.offHoursPatterns()).isEqualTo(1);
        assertThat(s.callersWithFindings()).isEqualTo(3);
        assertThat(s.externallySorted()).isFalse();
        assertThat(s.topRepeatCallers()).containsExactly(new AnalysisSummary.RepeatCaller("+81-1", "T-1", 3, 7));
        assertThat(s.lengths()).extracting(AnalysisSummary.LengthBucket::calls)
                .containsExactly(3L, 3L, 1L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(Files.readAllLines(out.resolve("confinement.jsonl"))).containsExactly(
                "{\"line\":3,\"caller\":\"+81-2\",\"matter\":\"T-9\",\"start\":\"2026-11-01T11:00+09:00\","
                        + "\"minutes\":62,\"limit\":60}");
        assertThat(Files.readAllLines(out.resolve("matters.jsonl"))).containsExactly(
                "{\"caller\":\"+81-1\",\"matter\":\"T-1\",\"callsInWindow\":3,\"windowDays\":30,\"line\":7}");
        assertThat(Files.readString(out.resolve("findings.jsonl")))
                .contains("KH-CALL-004: 3 off-hours calls within 30 days")
                .contains("KH-CALL-003: 3 calls within 30 days on matter T-1, limit 3");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg", "通話時間の分布 / Call lengths");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"records\" : 8");
    }

    @Test
    void malformedRowsAreCountedByLineAndNeverFatal(@TempDir Path dir) throws IOException {
        AnalysisSummary s = CallRecordAnalysis.run(write(dir, "cdr.csv", CSV),
                options(write(dir, "mapping.yaml", MAPPING), false), dir.resolve("out"), null);
        assertThat(s.malformed()).isEqualTo(3);
        assertThat(s.malformedSamples()).containsExactly(
                new AnalysisSummary.MalformedRecord(9, "time \"not a date\" does not match yyyy/MM/dd HH:mm:ss"),
                new AnalysisSummary.MalformedRecord(10, "caller: empty"),
                new AnalysisSummary.MalformedRecord(11, "expected at least 4 columns, found 2"));
    }

    @Test
    void callersArePseudonymisedUnlessRevealed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        AnalysisSummary s = CallRecordAnalysis.run(write(dir, "cdr.csv", CSV),
                options(write(dir, "mapping.yaml", MAPPING), false), out, null);
        assertThat(s.callersPseudonymised()).isTrue();
        assertThat(s.topRepeatCallers().get(0).caller()).matches("p-[0-9a-f]{16}");
        for (String file : List.of("findings.jsonl", "matters.jsonl", "confinement.jsonl", "summary.json", "report.html")) {
            assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("+81-");
        }
    }

    @Test
    void aMappingThatDoesNotFitTheFileIsAnErrorNamingTheColumn(@TempDir Path dir) throws IOException {
        Path mapping = write(dir, "mapping.yaml", MAPPING.replace("ticket", "case_no"));
        assertThatThrownBy(() -> CallRecordAnalysis.run(write(dir, "cdr.csv", CSV), options(mapping, false),
                dir.resolve("out"), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column \"case_no\"");
        assertThatThrownBy(() -> RecordMapping.load(write(dir, "bad.yaml", MAPPING + "colour: red\n")))
                .hasMessageContaining("colour: unknown key");
    }

    /** Shuffled input gives exactly the result of sorted input: the analysis sorts it on disk first. */
    @Test
    void unsortedInputGivesTheSameFindingsAsSortedInput(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long start = 1_790_000_000L + i * 600L + random.nextInt(300);
            rows.add("+81-" + random.nextInt(300) + ",M-" + random.nextInt(3) + ","
                    + java.time.Instant.ofEpochSecond(start) + "," + (random.nextInt(40) == 0 ? 4000 : 300));
        }
        String header = "caller,matter,start,duration\n";
        Path mapping = write(dir, "mapping.yaml", "caller: caller\nmatter: matter\nstart: start\nduration: duration\n");
        AnalysisSummary sorted = CallRecordAnalysis.run(write(dir, "sorted.csv", header + String.join("\n", rows)),
                options(mapping, true), dir.resolve("a"), null);
        Collections.shuffle(rows, random);
        AnalysisSummary shuffled = CallRecordAnalysis.run(write(dir, "shuffled.csv", header + String.join("\n", rows)),
                options(mapping, true), dir.resolve("b"), null);
        assertThat(sorted.externallySorted()).isFalse();
        assertThat(shuffled.externallySorted()).isTrue();
        assertThat(shuffled.repeatMatters()).isEqualTo(sorted.repeatMatters()).isPositive();
        assertThat(shuffled.confinementCalls()).isEqualTo(sorted.confinementCalls()).isPositive();
        assertThat(shuffled.lengths()).isEqualTo(sorted.lengths());
        assertThat(sortedLines(dir.resolve("b/findings.jsonl"))).isEqualTo(sortedLines(dir.resolve("a/findings.jsonl")));
        try (var files = Files.list(dir.resolve("b"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".run"));
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    @Test
    void memoryFollowsTheCallersOfOneWindowNotTheFile(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int day = 0; day < 365; day++) {
            for (int i = 0; i < 20; i++) {   // 20 new callers a day, each calling once
                long start = 1_780_000_000L + day * 86_400L + i * 60L;
                jsonl.append("{\"caller\":\"+81-").append(day).append('-').append(i).append("\",\"start\":\"")
                        .append(java.time.Instant.ofEpochSecond(start)).append("\",\"end\":\"")
                        .append(java.time.Instant.ofEpochSecond(start + 120)).append("\",\"extra\":{\"x\":1}}\n");
            }
        }
        jsonl.append("{\"caller\":\"+81-x\",\"start\":\"yesterday\"}\n[1]\n");
        AnalysisSummary s = CallRecordAnalysis.run(write(dir, "cdr.jsonl", jsonl.toString()),
                new CallRecordAnalysis.Options(Policies.defaults(), RecordMapping.defaults(),
                        CallRecordAnalysis.Format.JSON_LINES, false, null, 5, 1000), dir.resolve("out"), null);
        assertThat(s.records()).isEqualTo(365 * 20);
        assertThat(s.malformed()).isEqualTo(2);
        assertThat(s.peakActiveCallers()).isLessThanOrEqualTo(32 * 20);
    }
}
