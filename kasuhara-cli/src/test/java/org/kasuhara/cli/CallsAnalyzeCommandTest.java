// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CallsAnalyzeCommandTest {
    private static final String CSV = """
            org,caller,ticket,begin,finish
            acme,+81-1,T-1,2026-11-01 10:00:00,2026-11-01 10:05:00
            acme,+81-1,T-1,2026-11-02 10:00:00,2026-11-02 11:10:00
            acme,+81-1,T-1,2026-11-03 10:00:00,2026-11-03 10:05:00
            acme,+81-2,T-2,2026-11-03 11:00:00,yesterday
            """;
    private static final String MAPPING = """
            organization: org
            caller: caller
            matter: ticket
            start: begin
            end: finish
            zone: Asia/Tokyo
            """;

    @Test
    public void analysesACsvWithAMappingAndReportsMalformedRowsByLine(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cdr.csv"), CSV);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("calls", "analyze", "--lang", "en", "--mapping", mapping.toString(), "-o",
                out.toString(), "--no-progress", csv.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("records: 3", "malformed rows: 1", "confinement calls: 1",
                "repeat caller-matter pairs: 1", "callers with findings: 1");
        assertThat(run.err()).contains(csv + ":5: time \"yesterday\" is not ISO-8601");
        assertThat(out.resolve("report.html")).exists();
        assertThat(Files.readString(out.resolve("matters.jsonl"))).doesNotContain("+81-1").contains("\"callsInWindow\":3");
    }

    /** A CRM export as Excel saves it: Shift_JIS (Windows-31J) with Japanese headers and matter names. */
    private static final String CSV_JA = """
            組織,発信者番号,案件,開始,終了
            acme,+81-1,配送遅延①,2026-11-01 10:00:00,2026-11-01 10:05:00
            acme,+81-1,配送遅延①,2026-11-02 10:00:00,2026-11-02 11:10:00
            acme,+81-1,配送遅延①,2026-11-03 10:00:00,2026-11-03 10:05:00
            """;
    private static final String MAPPING_JA = """
            organization: 組織
            caller: 発信者番号
            matter: 案件
            start: 開始
            end: 終了
            """;

    @Test
    public void aShiftJisCsvWithJapaneseHeadersIsReadWhetherDeclaredOrDetected(@TempDir Path dir) throws IOException {
        Path csv = Files.write(dir.resolve("cdr.csv"), CSV_JA.getBytes(java.nio.charset.Charset.forName("Windows-31J")));
        for (String declared : new String[] {"", "encoding: Shift_JIS\n"}) {
            Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING_JA + declared);
            Path out = dir.resolve("report" + declared.length());
            CliRun run = CliRun.of("calls", "analyze", "--lang", "en", "--reveal-callers", "--mapping",
                    mapping.toString(), "-o", out.toString(), "--no-progress", csv.toString());
            assertThat(run.exit()).as(declared + run.err()).isZero();
            assertThat(run.out()).contains("records: 3", "malformed rows: 0", "confinement calls: 1",
                    "repeat caller-matter pairs: 1");
            assertThat(Files.readString(out.resolve("matters.jsonl"))).contains("配送遅延①");
        }
        Path utf8 = Files.writeString(dir.resolve("mapping.yaml"), MAPPING_JA + "encoding: UTF-8\n");
        CliRun strict = CliRun.of("calls", "analyze", "--lang", "en", "--mapping", utf8.toString(), "-o",
                dir.resolve("r").toString(), "--no-progress", csv.toString());
        assertThat(strict.exit()).isNotZero();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), MAPPING_JA + "encoding: EBCDIC\n");
        CliRun refused = CliRun.of("calls", "analyze", "--lang", "en", "--mapping", bad.toString(), "-o",
                dir.resolve("r2").toString(), "--no-progress", csv.toString());
        assertThat(refused.err()).contains("encoding: expected auto, UTF-8 or Windows-31J");
    }

    @Test
    public void revealsCallersOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cdr.csv"), CSV);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("calls", "analyze", "--lang", "ja", "--reveal-callers", "--mapping", mapping.toString(), "-o",
                out.toString(), "--no-progress", csv.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("記録: 3");
        assertThat(Files.readString(out.resolve("matters.jsonl"))).contains("\"caller\":\"+81-1\"");
    }

    @Test
    public void showsProgressWithRateAndAnUnreadableMappingIsAnError(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cdr.csv"), CSV);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        CliRun run = CliRun.of("calls", "analyze", "--lang", "en", "--progress", "--mapping", mapping.toString(),
                "-o", dir.resolve("r").toString(), csv.toString());
        assertThat(run.err()).contains("records/s").contains("100%");
        CliRun bad = CliRun.of("calls", "analyze", "--mapping", dir.resolve("missing.yaml").toString(),
                csv.toString());
        assertThat(bad.exit()).isEqualTo(2);
    }
}
