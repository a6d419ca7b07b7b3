// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code kasuhara rules diff} reports the effect of a rule change on past cases, on real copies of the default
 * rules: lowering the confinement threshold from 60 to 45 minutes turns a 50-minute call into harassment, and
 * nothing else.
 */
public class RulesDiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private Path oldRules;
    private Path newRules;
    private Path calls;

    @BeforeEach
    public void copyTheDefaultRulesTwiceAndLowerTheConfinementThresholdInTheNewOne() throws IOException {
        oldRules = RuleSetCopies.copyDefaults(temp.resolve("old"));
        newRules = RuleSetCopies.copyDefaults(temp.resolve("new"));
        Path policy = newRules.resolve("policy.yaml");
        String text = Files.readString(policy);
        assertThat(text).contains("confinementMinutes: 60");
        Files.writeString(policy, text.replace("confinementMinutes: 60", "confinementMinutes: 45"));
        calls = Files.write(temp.resolve("calls.jsonl"), List.of(call("D-050", 50), call("D-070", 70),
                call("D-030", 30)));
    }

    @Test
    public void onlyTheFiftyMinuteCallChangesFromLegitimateToReview() {
        CliRun run = CliRun.of("rules", "diff", "--lang", "en", "--no-progress", oldRules.toString(),
                newRules.toString(), calls.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("■ LEGITIMATE_COMPLAINT → NEEDS_REVIEW, severity NONE → HIGH: 1 case\n"
                        + "  - D-050  (" + calls + ":1)  +KH-CONF-001\n")
                .contains("cases read: 3 cases", "changed: 1 case", "unchanged: 2 cases",
                        "invalid records skipped: 0")
                .doesNotContain("D-070", "D-030");
        assertThat(run.out().split("■", -1)).as("one group").hasSize(2);
    }

    @Test
    public void jsonGroupsTheChangeWithItsCountAndCases() throws IOException {
        CliRun run = CliRun.of("rules", "diff", "--json", "--no-progress", oldRules.toString(), newRules.toString(),
                calls.toString());

        assertThat(run.exit()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.at("/summary/casesRead").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/changed").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/unchanged").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/invalidRecords").asInt()).isZero();
        assertThat(report.at("/old/name").asText()).isEqualTo("kasuhara-default");
        assertThat(report.at("/old/version").asText()).isNotEqualTo(report.at("/new/version").asText());
        assertThat(report.get("changes")).hasSize(1);
        JsonNode change = report.get("changes").get(0);
        assertThat(change.at("/verdict/from").asText()).isEqualTo("LEGITIMATE_COMPLAINT");
        assertThat(change.at("/verdict/to").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(change.has("policeReport")).as("unchanged parts are left out").isFalse();
        assertThat(change.get("count").asInt()).isEqualTo(1);
        JsonNode only = change.get("cases").get(0);
        assertThat(only.get("caseId").asText()).isEqualTo("D-050");
        assertThat(only.get("line").asInt()).isEqualTo(1);
        assertThat(only.at("/old/verdict").asText()).isEqualTo("LEGITIMATE_COMPLAINT");
        assertThat(only.at("/new/severity").asText()).isEqualTo("HIGH");
        assertThat(only.get("findingsAdded")).extracting(JsonNode::asText).containsExactly("KH-CONF-001");
        assertThat(only.get("findingsRemoved")).isEmpty();
    }

    @Test
    public void identicalRuleSetsReportNoChange() {
        CliRun run = CliRun.of("rules", "diff", "--lang", "ja", "--no-progress", oldRules.toString(),
                oldRules.toString(), calls.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("判定・重大度・警察への通報が変わる案件はありません", "変化あり: 0件", "変化なし: 3件");
    }

    @Test
    public void aBrokenNewRuleSetIsReportedByFileAndLineAndNothingIsCompared() throws IOException {
        int line = RuleSetCopies.breakLine(newRules, "signals/time.drl");

        CliRun run = CliRun.of("rules", "diff", "--no-progress", oldRules.toString(), newRules.toString(),
                calls.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(newRules.resolve("signals/time.drl") + ":" + line + ":")
                .contains("problem(s) in the rule set")
                .doesNotContain(oldRules.toString());
    }

    @Test
    public void anInvalidRecordIsReportedAndTheOtherCasesAreStillCompared() throws IOException {
        Path mixed = Files.write(temp.resolve("mixed.jsonl"), List.of(call("D-050", 50),
                "{\"id\": \"D-BAD\", \"receivedAt\": \"2026-11-20T10:00:00+09:00\", \"channel\": \"FAX\"}",
                call("D-070", 70)));

        CliRun run = CliRun.of("rules", "diff", "--lang", "en", "--no-progress", oldRules.toString(),
                newRules.toString(), mixed.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(mixed + ":2: channel: ").contains("1 of 3 records skipped (invalid input)");
        assertThat(run.out()).contains("D-050", "cases read: 3 cases", "changed: 1 case", "unchanged: 1 case",
                "invalid records skipped: 1");
    }

    @Test
    public void aFileThatCannotBeReadIsNamedAndTheOtherFilesAreStillCompared() {
        String missing = temp.resolve("no-such-history.jsonl").toString();

        CliRun run = CliRun.of("rules", "diff", "--lang", "en", "--no-progress", oldRules.toString(),
                newRules.toString(), missing, calls.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(missing + ": cannot read (no such file)")
                .contains("1 file(s) could not be read");
        assertThat(run.out()).contains("D-050", "cases read: 3 cases", "files that could not be read: 1");
    }

    @Test
    public void casesFromSeveralFilesAndStandardInputAreReportedInInputOrder() throws IOException {
        Path second = Files.write(temp.resolve("second.jsonl"), List.of(call("D-046", 46)));
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream((call("D-059", 59) + "\n").getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("rules", "diff", "--json", "--no-progress", "--threads", "2", oldRules.toString(),
                    newRules.toString(), calls.toString(), "-", second.toString());
        } finally {
            System.setIn(stdin);
        }

        assertThat(run.exit()).isZero();
        JsonNode cases = JSON.readTree(run.out()).at("/changes/0/cases");
        assertThat(cases).extracting(c -> c.get("caseId").asText()).containsExactly("D-050", "D-059", "D-046");
        assertThat(cases).extracting(c -> c.get("source").asText())
                .containsExactly(calls.toString(), "-", second.toString());
    }

    @Test
    public void manyCasesOnSeveralThreadsKeepInputOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        int changing = 0;
        for (int i = 0; i < 500; i++) {
            int minutes = 40 + i % 30;
            lines.add(call(String.format("D-%04d", i), minutes));
            changing += minutes >= 45 && minutes < 60 ? 1 : 0;
        }
        Path many = Files.write(temp.resolve("many.jsonl"), lines);

        CliRun run = CliRun.of("rules", "diff", "--json", "--progress", "--lang", "en", "--threads", "3",
                oldRules.toString(), newRules.toString(), many.toString());

        assertThat(run.exit()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.at("/summary/changed").asInt()).isEqualTo(changing);
        List<String> ids = new ArrayList<>();
        report.at("/changes/0/cases").forEach(c -> ids.add(c.get("caseId").asText()));
        assertThat(ids).hasSize(changing).isSorted();
        assertThat(run.err()).as("progress").contains("\r500 cases ").contains("cases/s").endsWith("100%\n");
    }

    @Test
    public void theExampleHistoryIsValidAndShowsTheEffectOfAFortyFiveMinuteThreshold() throws IOException {
        Path history = SampleCasesTest.CASES.resolve("history.jsonl");

        CliRun run = CliRun.of("rules", "diff", "--json", "--no-progress", oldRules.toString(), newRules.toString(),
                history.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.at("/summary/casesRead").asInt()).isBetween(30, 60);
        assertThat(report.at("/summary/invalidRecords").asInt()).isZero();
        JsonNode first = report.at("/changes/0");
        assertThat(first.at("/verdict/from").asText()).isEqualTo("LEGITIMATE_COMPLAINT");
        assertThat(first.at("/verdict/to").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(first.get("count").asInt())
                .as("calls of 45–59 minutes become reviews unless a confirmed defect explains them").isEqualTo(5);
        assertThat(report.at("/summary/changed").asInt())
                .as("the confinement change leaves short calls and other harassment as they were").isEqualTo(6);
    }

    /** A polite phone call about a billing question that lasted {@code minutes}. */
    public static String call(String id, int minutes) {
        int end = 14 * 60 + minutes;
        return String.format("{\"id\": \"%s\", \"receivedAt\": \"2026-11-20T14:00:00+09:00\", \"channel\": \"PHONE\","
                + " \"language\": \"ja\", \"matter\": \"bill-%s\", \"demands\": [{\"type\": \"EXPLANATION\"}],"
                + " \"facts\": {\"relatedToService\": true}, \"contacts\": [{\"channel\": \"PHONE\","
                + " \"start\": \"2026-11-20T14:00:00+09:00\", \"end\": \"2026-11-20T%02d:%02d:00+09:00\","
                + " \"staff\": \"op-1\", \"text\": \"請求額について説明を求めた。\"}]}", id, id, end / 60, end % 60);
    }

    @Test
    public void theStoresCasesCanBeComparedInsteadOfFiles() throws IOException {
        Path data = temp.resolve("data");
        String fifty;
        try (var store = org.kasuhara.cases.store.jdbc.JdbcCaseStore.h2(data)) {
            for (String line : Files.readAllLines(calls)) {
                store.intake(org.kasuhara.json.KasuharaJson.mapper().readValue(line, org.kasuhara.model.Case.class));
            }
            fifty = store.findByCaseId(null, "D-050").orElseThrow().receipt();
        }

        CliRun run = CliRun.of("rules", "diff", "--lang", "en", oldRules.toString(), newRules.toString(), "--data",
                data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("  - D-050  (" + fifty + ":" + Integer.parseInt(fifty.substring(3)) + ")",
                "cases read: 3 cases", "changed: 1 case");
        assertThat(CliRun.of("rules", "diff", oldRules.toString(), newRules.toString()).exit())
                .as("neither files nor --data").isEqualTo(2);
        assertThat(CliRun.of("rules", "diff", oldRules.toString(), newRules.toString(), "--data",
                temp.resolve("none").toString()).exit()).isEqualTo(2);
    }
}
