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
