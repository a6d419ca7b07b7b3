// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code kasuhara rules check} reports a valid and a broken rule set. */
public class RulesCheckCommandTest {

    @Test
    public void aValidRuleSetPrintsItsNameVersionAndRuleCount(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", "--lang", "en", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("OK: kasuhara-default sha256:[0-9a-f]{64}, \\d+ rules\\R");
    }

    @Test
    public void langJaPrintsTheRuleCountInJapanese(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", "--lang", "ja", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("OK: kasuhara-default sha256:[0-9a-f]{64}, ルール\\d+件\\R");
    }

    @Test
    public void aBrokenDrlLineIsReportedWithItsFileAndLine(@TempDir Path rules) throws IOException {
        int line = RuleSetCopies.breakLine(RuleSetCopies.copyDefaults(rules), "signals/time.drl");

        CliRun run = CliRun.of("rules", "check", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(rules.resolve("signals/time.drl") + ":" + line + ":")
                .contains("problem(s) in the rule set");
    }

    @Test
    public void aMissingFolderIsAProblemNotACrash(@TempDir Path parent) {
        CliRun run = CliRun.of("rules", "check", parent.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("missing");
    }

    @Test
    public void aThresholdOutOfRangeIsExplainedInTheChosenLanguage(@TempDir Path rules) throws IOException {
        Path policy = RuleSetCopies.copyDefaults(rules).resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 60", "confinementMinutes: 0"));

        CliRun ja = CliRun.of("rules", "check", "--lang", "ja", rules.toString());
        CliRun en = CliRun.of("rules", "check", "--lang", "en", rules.toString());

        assertThat(ja.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ja.err()).contains(policy + ":8: defaults.confinementMinutes: 1 から 1440 までの値にしてください（値: 0）")
                .contains("ルールセットに1件の問題があります");
        assertThat(en.err()).contains(policy + ":8: defaults.confinementMinutes: must be between 1 and 1440, was 0");
    }

    @Test
    public void aThresholdOfTheWrongTypeNamesItsLine(@TempDir Path rules) throws IOException {
        Path policy = RuleSetCopies.copyDefaults(rules).resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 60",
                "confinementMinutes: forty-five"));

        CliRun run = CliRun.of("rules", "check", "--lang", "ja", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(policy + ":8: defaults.confinementMinutes: 整数を書いてください");
    }

    @Test
    public void aRuleThatCanNeverFireIsAnError(@TempDir Path rules) throws IOException {
        Path drl = RuleSetCopies.copyDefaults(rules).resolve("signals/extra.drl");
        Files.writeString(drl, """
                package signals;
                import org.kasuhara.model.*;
                import org.kasuhara.engine.facts.*;

                rule "Many requests to leave are confinement"
                    @id("ORG-CONF-1") @source("MHLW-2022 §B-1") @behaviour("CONFINEMENT") @severity("HIGH")
                when
                    Contact(exitRequests >= 5)
                then
                    insert(Evidence.finding(kcontext, "asked to leave five times"));
                end
                """);

        CliRun run = CliRun.of("rules", "check", "--lang", "en", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(drl + ":5: rule \"Many requests to leave are confinement\": can never fire:"
                + " nothing inserts Contact facts");
    }

    @Test
    public void bilingualOutputGivesJapaneseThenEnglish(@TempDir Path rules) throws IOException {
        Path ruleset = RuleSetCopies.copyDefaults(rules).resolve("ruleset.yaml");
        Files.writeString(ruleset, "name: \"\"\n");

        CliRun run = CliRun.of("rules", "check", rules.toString());

        assertThat(run.err()).contains(ruleset + ":1: name: は必須です\n    name: is required");
    }

    @Test
    public void aBrokenXlsxDecisionTableIsAnErrorNamingTheFile(@TempDir Path rules) throws IOException {
        Path table = RuleSetCopies.copyDefaults(rules).resolve("verdict/extra.drl.xlsx");
        Files.write(table, new byte[] {0x50, 0x4b, 0x03, 0x04});

        CliRun run = CliRun.of("rules", "check", "--lang", "en", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(table + ":0: decision table: ", "not a valid OOXML");
    }
}
