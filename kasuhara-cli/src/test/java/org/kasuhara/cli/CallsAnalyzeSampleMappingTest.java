// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calls analyze --mapping NAME}: a shipped mapping by name, and findings.csv beside findings.jsonl. */
public class CallsAnalyzeSampleMappingTest {
    private static String ctr(String caller, String matter, String start, String end) {
        return ("{\"ContactId\":\"c\",\"Channel\":\"VOICE\",\"CustomerEndpoint\":{\"Address\":\"%s\","
                + "\"Type\":\"TELEPHONE_NUMBER\"},\"Attributes\":{\"matter\":\"%s\"},\"Agent\":{\"Username\":\"op-17\"},"
                + "\"InitiationTimestamp\":\"%s\",\"DisconnectTimestamp\":\"%s\"}\n").formatted(caller, matter, start, end);
    }

    @Test
    public void anAmazonConnectExportIsAnalysedThroughTheShippedMappingByName(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("ctr.jsonl"),
                ctr("+81-1", "ORD-1", "2026-11-02T01:00:00Z", "2026-11-02T01:05:00Z")
                        + ctr("+81-2", "ORD-2", "2026-11-02T02:00:00Z", "2026-11-02T03:10:00Z")
                        + "{\"ContactId\":\"chat\",\"CustomerEndpoint\":null,\"InitiationTimestamp\":\"2026-11-02T03:00:00Z\"}\n"
                        + ctr("+81-1", "ORD-1", "2026-11-03T01:00:00Z", "2026-11-03T01:05:00Z")
                        + ctr("+81-1", "ORD-1", "2026-11-04T01:00:00Z", "2026-11-04T01:05:00Z"));
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("calls", "analyze", "--lang", "en", "--mapping", "amazon-connect-ctr", "-o",
                out.toString(), "--no-progress", input.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("records: 4", "malformed rows: 1", "confinement calls: 1",
                "repeat caller-matter pairs: 1", "callers with findings: 2");
        assertThat(run.err()).contains(input + ":3: caller: /CustomerEndpoint/Address: not in the record");
        byte[] csv = Files.readAllBytes(out.resolve("findings.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains(
                "caller,organization,calls,rule,finding\r\n", ",KH-CALL-002,", ",KH-CALL-003,").doesNotContain("+81-");
    }

    @Test
    public void aJsonArrayOfContactRecordsIsReadByItsExtension(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("ctr.json"), "[\n"
                + ctr("+81-1", "ORD-1", "2026-11-02T01:00:00Z", "2026-11-02T02:05:00Z").strip() + ",\n"
                + ctr("+81-1", "ORD-1", "2026-11-03T01:00:00Z", "2026-11-03T01:05:00Z").strip() + ",\n"
                + ctr("+81-1", "ORD-1", "2026-11-04T01:00:00Z", "2026-11-04T01:05:00Z").strip() + "\n]\n");
        CliRun run = CliRun.of("calls", "analyze", "--lang", "en", "--mapping", "amazon-connect-ctr", "-o",
                dir.resolve("report").toString(), "--no-progress", input.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("records: 3", "malformed rows: 0", "confinement calls: 1",
                "repeat caller-matter pairs: 1");
        assertThat(CliRun.of("calls", "analyze", "--format", "xml", "--no-progress", input.toString()).err())
                .contains("--format: expected csv, jsonl or json, was xml");
    }

    @Test
    public void anUnknownMappingNameIsAnUnreadableFile(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("ctr.jsonl"), "");
        CliRun run = CliRun.of("calls", "analyze", "--mapping", "avaya-cms", "-o", dir.resolve("r").toString(),
                "--no-progress", input.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("avaya-cms");
    }
}
