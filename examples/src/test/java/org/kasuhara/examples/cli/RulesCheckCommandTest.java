package org.kasuhara.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code kasuhara rules check} reports a valid and a broken rule set. */
class RulesCheckCommandTest {

    @Test
    void aValidRuleSetPrintsItsNameVersionAndRuleCount(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", "--lang", "en", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("OK: kasuhara-default sha256:[0-9a-f]{64}, \\d+ rules\\R");
    }

    @Test
    void langJaPrintsTheRuleCountInJapanese(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", "--lang", "ja", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("OK: kasuhara-default sha256:[0-9a-f]{64}, ルール\\d+件\\R");
    }

    @Test
    void aBrokenDrlLineIsReportedWithItsFileAndLine(@TempDir Path rules) throws IOException {
        int line = RuleSetCopies.breakLine(RuleSetCopies.copyDefaults(rules), "signals/time.drl");

        CliRun run = CliRun.of("rules", "check", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(rules.resolve("signals/time.drl") + ":" + line + ":")
                .contains("problem(s) in the rule set");
    }

    @Test
    void aMissingFolderIsAProblemNotACrash(@TempDir Path parent) {
        CliRun run = CliRun.of("rules", "check", parent.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("missing");
    }
}
