// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.policy.Policies;

/** {@code findings.csv} beside {@code findings.jsonl}: UTF-8 with a byte order mark, RFC 4180, read back whole. */
class FindingsCsvTest {
    @TempDir
    Path dir;

    private Path analyse(String jsonl, boolean reveal) throws IOException {
        Path input = Files.writeString(dir.resolve("calls.jsonl"), jsonl);
        CallRecordAnalysis.run(input, new CallRecordAnalysis.Options(Policies.defaults(), RecordMapping.defaults(),
                CallRecordAnalysis.Format.JSON_LINES, reveal, null, 20, 1000), dir.resolve("out"), null);
        return dir.resolve("out");
    }

    private static String call(String caller, String matter, String org, int day, int minutes) {
        return ("{\"caller\":\"%s\",\"matter\":\"%s\",\"organization\":\"%s\",\"start\":\"2026-11-%02dT10:00:00+09:00\","
                + "\"end\":\"2026-11-%02dT%02d:%02d:00+09:00\"}\n").formatted(caller, matter, org, day, day,
                10 + minutes / 60, minutes % 60);
    }

    /** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF. */
    private static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).as("the file ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void findingsAreWrittenAsCsvWithAByteOrderMarkAndReadBackWhole() throws IOException {
        Path out = analyse(call("+81-1", "注文 \\\"A\\\", 至急", "東京本店", 2, 5)
                + call("+81-1", "注文 \\\"A\\\", 至急", "東京本店", 3, 5)
                + call("+81-2", "T-9", "東京本店", 3, 65)
                + call("+81-1", "注文 \\\"A\\\", 至急", "東京本店", 4, 5)
                + call("+81-3", "T-3", "", 5, 5), true);
        byte[] bytes = Files.readAllBytes(out.resolve("findings.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).containsExactlyInAnyOrder(
                List.of("caller", "organization", "calls", "rule", "finding"),
                List.of("+81-2", "東京本店", "1", "KH-CALL-002", "1 call(s) of 60 min or more"),
                List.of("+81-1", "東京本店", "3", "KH-CALL-003",
                        "3 calls within 30 days on matter 注文 \"A\", 至急, limit 3"));
        assertThat(rows.get(0)).containsExactly("caller", "organization", "calls", "rule", "finding");
        assertThat(Files.readString(out.resolve("findings.jsonl")).lines()).hasSize(2);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        Path out = analyse(call("=1+2", "T-1", "@SUM(A1)", 2, 70) + call("-1+cmd", "T-2", "x", 2, 70), true);
        String csv = Files.readString(out.resolve("findings.csv"));
        assertThat(read(csv.substring(1))).contains(
                List.of("'=1+2", "'@SUM(A1)", "1", "KH-CALL-002", "1 call(s) of 60 min or more"),
                List.of("'-1+cmd", "x", "1", "KH-CALL-002", "1 call(s) of 60 min or more"));
    }

    @Test
    void noFindingsGiveAHeaderOnlyAndCallersStayPseudonymised() throws IOException {
        Path out = analyse(call("+81-1", "T-1", "", 2, 70) + call("+81-5", "T-5", "", 3, 5), false);
        String csv = Files.readString(out.resolve("findings.csv"));
        assertThat(csv).doesNotContain("+81-");
        assertThat(read(csv.substring(1))).hasSize(2).element(1).satisfies(row ->
                assertThat(row.get(0)).matches("p-[0-9a-f]{16}"));
        Path quiet = dir.resolve("quiet");
        Files.createDirectories(quiet);
        CallRecordAnalysis.run(Files.writeString(quiet.resolve("in.jsonl"), call("+81-5", "T-5", "", 3, 5)),
                CallRecordAnalysis.Options.of(Policies.defaults(), RecordMapping.defaults(),
                        CallRecordAnalysis.Format.JSON_LINES), quiet.resolve("out"), null);
        assertThat(Files.readString(quiet.resolve("out/findings.csv")))
                .isEqualTo("\uFEFFcaller,organization,calls,rule,finding\r\n");
    }
}
