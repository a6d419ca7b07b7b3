// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every sample case under {@code examples/cases} is assessed, and gets the verdict its file name promises. */
public class SampleCasesTest {
    public static final Path CASES = Path.of("..", "examples", "cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Expected verdict per file; "police" and "not accepted" are checked separately below. */
    private static final Map<String, String> VERDICT_BY_FILE = Map.ofEntries(
            Map.entry("legitimate-wrong-name-cake-refund.json", "LEGITIMATE_COMPLAINT"),
            Map.entry("legitimate-quotes-abuse-received.json", "LEGITIMATE_COMPLAINT"),
            Map.entry("legitimate-legal-recourse-letter.json", "LEGITIMATE_COMPLAINT"),
            Map.entry("review-written-apology-minor-defect.json", "NEEDS_REVIEW"),
            Map.entry("review-off-hours-call.json", "NEEDS_REVIEW"),
            Map.entry("harassment-74-minute-call.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-100-million-yen-for-a-cake.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-grabbed-collar-police.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-filming-sns-threat.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-three-calls-same-matter.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-kneeling-demand.json", "CUSTOMER_HARASSMENT"),
            Map.entry("harassment-threat-to-counter-not-accepted.json", "CUSTOMER_HARASSMENT"));

    /** Expected verdict per case id in {@code mixed.jsonl}, in file order. */
    private static final Map<String, String> VERDICT_BY_MIXED_ID = Map.of(
            "EX-2026-0101", "LEGITIMATE_COMPLAINT",
            "EX-2026-0102", "LEGITIMATE_COMPLAINT",
            "EX-2026-0103", "CUSTOMER_HARASSMENT",
            "EX-2026-0104", "LEGITIMATE_COMPLAINT");

    private static List<String> files;
    private static CliRun run;

    @BeforeAll
    public static void assessAllSamplesInOneRun() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("triage", "--json"));
        files.forEach(f -> args.add(CASES.resolve(f).toString()));
        args.add(CASES.resolve("mixed.jsonl").toString());
        run = CliRun.of(args.toArray(String[]::new));
    }

    @Test
    public void everySampleFileHasAnExpectedVerdict() {
        assertThat(files).containsExactlyInAnyOrderElementsOf(VERDICT_BY_FILE.keySet());
    }

    @Test
    public void everySampleCaseIsAssessedWithoutInputErrors() {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(files.size() + VERDICT_BY_MIXED_ID.size());
    }

    @TestFactory
    public Stream<DynamicTest> eachSampleFileGetsTheVerdictItsNameSays() {
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            JsonNode assessment = assessmentOf(file);
            assertThat(assessment.get("verdict").asText()).as(assessment.toString())
                    .isEqualTo(VERDICT_BY_FILE.get(file));
        }));
    }

    @Test
    public void grabbingTheCollarIsReportedToThePolice() throws IOException {
        JsonNode assessment = assessmentOf("harassment-grabbed-collar-police.json");
        assertThat(assessment.get("policeReport").asBoolean()).isTrue();
        assertThat(assessment.get("severity").asText()).isEqualTo("CRITICAL");
    }

    @Test
    public void aThreatSentToTheCounterIsNotAcceptedAndReported() throws IOException {
        JsonNode assessment = assessmentOf("harassment-threat-to-counter-not-accepted.json");
        assertThat(assessment.get("accepted").asBoolean()).as(assessment.toString()).isFalse();
        assertThat(assessment.get("policeReport").asBoolean()).as(assessment.toString()).isTrue();
    }

    @Test
    public void eachCaseInTheMixedJsonLinesFileGetsItsExpectedVerdict() throws IOException {
        List<String> lines = run.outLines();
        List<JsonNode> mixed = new ArrayList<>();
        for (String line : lines.subList(files.size(), lines.size())) {
            mixed.add(JSON.readTree(line));
        }
        assertThat(mixed).extracting(a -> a.get("caseId").asText())
                .containsExactly("EX-2026-0101", "EX-2026-0102", "EX-2026-0103", "EX-2026-0104");
        for (JsonNode a : mixed) {
            assertThat(a.get("verdict").asText()).as(a.toString()).isEqualTo(VERDICT_BY_MIXED_ID.get(a.get("caseId")
                    .asText()));
        }
    }

    /** The assessment printed for a file: output lines follow the order of the (sorted) files. */
    private static JsonNode assessmentOf(String file) throws IOException {
        JsonNode assessment = JSON.readTree(run.outLines().get(files.indexOf(file)));
        JsonNode input = JSON.readTree(CASES.resolve(file).toFile());
        assertThat(assessment.get("caseId")).isEqualTo(input.get("id"));
        return assessment;
    }
}
