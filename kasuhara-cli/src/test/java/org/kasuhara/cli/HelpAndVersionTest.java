// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} (Japanese first, then English) and {@code --version}. */
public class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "triage", "rules", "rules check", "rules test", "rules init", "rules diff", "rules doc",
        "cases", "cases intake", "cases list", "cases show", "cases due", "cases reported", "cases close",
        "report", "report case", "report monthly", "serve", "streams"})
    public void everyCommandHasBilingualHelp(String command) {
        CliRun run = CliRun.of(args(command, "--help"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: kasuhara").contains("ヘルプを表示して終了します。")
                .contains("Show this help message and exit.");
        assertThat(run.out().indexOf("ヘルプ")).isLessThan(run.out().indexOf("Show this help"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "triage", "rules", "rules check", "rules test", "rules init", "rules diff", "rules doc",
        "cases", "cases intake", "cases list", "cases show", "cases due", "cases reported", "cases close",
        "report", "report case", "report monthly", "serve", "streams"})
    public void everyCommandPrintsItsVersion(String command) {
        CliRun run = CliRun.of(args(command, "--version"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("kasuhara ").doesNotContain("unknown").contains("Java ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rules", "triage --lang fr x.json", "cases", "cases close KH-00000001",
        "cases list --status nonsense", "report", "report monthly --format xml"})
    public void usageErrorsExitWithTwo(String command) {
        assertThat(CliRun.of(args(command)).exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @org.junit.jupiter.api.Test
    public void aRunOfOneCommandModelsOnlyThatOneAndTheToolsHelpListsThemAll() {
        assertThat(KasuharaCommand.commandLine(System.in, "triage").getSubcommands()).containsOnlyKeys("triage");
        assertThat(KasuharaCommand.commandLine(System.in, "--help").getSubcommands()).containsKeys("triage", "rules",
                "eval", "model", "cases", "report", "serve", "calls", "mail", "streams").hasSize(10);
        assertThat(CliRun.of("--help").out()).contains("triage", "rules", "cases", "report", "serve", "streams");
    }

    private static String[] args(String command, String... more) {
        String joined = (command + " " + String.join(" ", more)).strip();
        return joined.isEmpty() ? new String[0] : joined.split(" ");
    }
}
