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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code kasuhara triage} reports results and errors, run in-process against the sample cases. */
public class TriageCommandTest {
    private static final Path CASES = SampleCasesTest.CASES;
    private static final String BAD = CASES.resolve("invalid/bad-records.jsonl").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void jsonPrintsExactlyOneParseableLinePerCaseInInputOrderAndNothingElse() throws IOException {
        CliRun run = CliRun.of("triage", "--json", CASES.resolve("mixed.jsonl").toString(),
                CASES.resolve("harassment-74-minute-call.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("\n");
        List<String> ids = new ArrayList<>();
        for (String line : run.out().split("\n", -1)) {
            if (!line.isEmpty()) {
                JsonNode assessment = JSON.readTree(line);
                assertThat(assessment.isObject()).isTrue();
                assertThat(assessment.has("ruleSet")).isTrue();
                ids.add(assessment.get("caseId").asText());
            }
        }
        assertThat(ids).containsExactly("EX-2026-0101", "EX-2026-0102", "EX-2026-0103", "EX-2026-0104",
                "EX-2026-0006");
    }

    @Test
    public void invalidRecordsAreReportedByFileLineAndPathWhileGoodRecordsAreStillAssessed() {
        CliRun run = CliRun.of("triage", "--json", BAD);

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("bad-records.jsonl:2: contacts[0].end: ")
                .contains("bad-records.jsonl:4: channel: ")
                .contains("2 of 4 records skipped (invalid input)")
                .contains("4件中2件をスキップしました（入力エラー）");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("\"caseId\":\"EX-BAD-0001\"");
        assertThat(run.outLines().get(1)).contains("\"caseId\":\"EX-BAD-0003\"");
    }

    @Test
    public void aFileThatCannotBeReadIsNamedAndTheOtherFilesAreStillAssessed() {
        String missing = CASES.resolve("no-such-case.json").toString();
        CliRun run = CliRun.of("triage", "--json", "--lang", "en", missing,
                CASES.resolve("review-off-hours-call.json").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(missing + ": cannot read (no such file)");
        assertThat(run.outLines()).singleElement().asString().contains("EX-2026-0005");
    }

    @Test
    public void theSummaryShowsVerdictFindingsActionsAndDueDateInBothLanguages() {
        CliRun run = CliRun.of("triage", CASES.resolve("harassment-grabbed-collar-police.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("EX-2026-0008")
                .contains("カスタマーハラスメント / Customer harassment")
                .contains("重大 / Critical")
                .contains("警察へ通報 / Report to police: はい / yes")
                .contains("受理 / Accepted: はい / yes")
                .contains("KH-OBS-001", "身体的な攻撃", "observations[0]: physical attack recorded by staff", "MHLW-2022")
                .contains("[要確認 / needs confirmation]")
                // received Saturday 21 Nov 2026; Monday 23 is 勤労感謝の日: Tue 24, Wed 25, Thu 26
                .contains("報告期限 / Report due: 2026-11-26")
                .contains("ルールセット / Rule set: kasuhara-default sha256:");
    }

    @Test
    public void langEnShowsEnglishLabelsOnly() {
        CliRun run = CliRun.of("triage", "--lang", "en", CASES.resolve("review-off-hours-call.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Needs review", "Report to police: no", "Report due:")
                .doesNotContain("要確認 /", "報告期限");
    }

    @Test
    public void theSummaryNeverPrintsPersonalData() {
        CliRun run = CliRun.of("triage", CASES.resolve("legitimate-wrong-name-cake-refund.json").toString(),
                CASES.resolve("harassment-74-minute-call.json").toString(),
                CASES.resolve("legitimate-quotes-abuse-received.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("山田太郎", "高橋次郎", "Emily Carter", "090-0000", "example.jp",
                "CRM-", "op-17");
    }

    @Test
    public void aBrokenRuleSetIsReportedByFileAndLineAndNothingIsAssessed(@TempDir Path rules) throws IOException {
        int line = RuleSetCopies.breakLine(RuleSetCopies.copyDefaults(rules), "signals/time.drl");

        CliRun run = CliRun.of("triage", "--rules", rules.toString(),
                CASES.resolve("harassment-74-minute-call.json").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("signals/time.drl:" + line + ":");
        assertThat(run.out()).isEmpty();
    }

    @Test
    public void casesAreReadFromStandardInputWithADash() throws IOException {
        var stdin = System.in;
        try (var in = Files.newInputStream(CASES.resolve("mixed.jsonl"))) {
            System.setIn(in);
            CliRun run = CliRun.of("triage", "--json", "-");
            assertThat(run.exit()).isZero();
            assertThat(run.outLines()).hasSize(4);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    public void casesAreReadFromStandardInputWhenNoFileIsNamed() throws IOException {
        var stdin = System.in;
        try (var in = Files.newInputStream(CASES.resolve("mixed.jsonl"))) {
            System.setIn(in);
            CliRun run = CliRun.of("triage", "--json");
            assertThat(run.exit()).isZero();
            assertThat(run.outLines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{"));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    public void aRuleThatKeepsFiringFailsOnlyItsCaseAndTheOtherCasesAreAssessed(@TempDir Path rules)
            throws IOException {
        RuleSetCopies.copyDefaults(rules);
        RuleSetCopies.addRunawayRule(rules);
        String longCall = CASES.resolve("harassment-74-minute-call.json").toString();

        CliRun run = CliRun.of("triage", "--json", "--rules", rules.toString(), longCall,
                CASES.resolve("review-off-hours-call.json").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(longCall + ":1: ", "ORG-LOOP-1", "ルールが発火し続けました");
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.outLines().get(0)).doesNotContain("EX-2026-0006");
    }

    @Test
    public void manyThreadsPrintExactlyWhatOneThreadPrintsInInputOrder(@TempDir Path dir) throws IOException {
        // 400 records: the samples with fresh ids, an invalid record every 37th
        java.util.List<String> samples = Files.readAllLines(CASES.resolve("mixed.jsonl"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append(i % 37 == 5 ? "{\"id\": \"BROKEN-" + i + "\"}"
                    : samples.get(i % samples.size()).replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"T-" + i + "\""))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), lines);

        CliRun one = CliRun.of("triage", "--json", "--threads", "1", file.toString());
        CliRun four = CliRun.of("triage", "--json", "--threads", "4", file.toString());
        CliRun text = CliRun.of("triage", "--lang", "en", "--threads", "3", file.toString());
        CliRun textOne = CliRun.of("triage", "--lang", "en", "--threads", "1", file.toString());

        assertThat(one.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(one.outLines()).hasSize(400 - 11);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(text.out()).isEqualTo(textOne.out());
        assertThat(one.outLines().get(0)).contains("\"caseId\":\"T-0\"");
        assertThat(CliRun.of("triage", "--threads", "0", file.toString()).exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
