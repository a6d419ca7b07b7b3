// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/** How {@code kasuhara rules init} creates a rules workspace, and when it refuses to. */
public class RulesInitCommandTest {

    @Test
    public void initCopiesEveryDefaultFileAndTheWorkspacePassesCheck(@TempDir Path parent) throws IOException {
        Path workspace = parent.resolve("team/my-rules");

        CliRun init = CliRun.of("rules", "init", "--lang", "en", workspace.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).contains("Next: kasuhara rules check " + workspace);
        for (RuleFile file : RuleSource.defaults().files()) {
            assertThat(workspace.resolve(file.path())).as(file.path()).hasBinaryContent(file.content());
        }
        CliRun check = CliRun.of("rules", "check", "--lang", "en", workspace.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("OK: kasuhara-default sha256:");
    }

    @Test
    public void theWorkspaceCarriesTheDefaultScenariosAndTheyPass(@TempDir Path workspace) throws IOException {
        CliRun.of("rules", "init", workspace.toString());

        assertThat(workspace.resolve("scenarios")).isDirectoryContaining("glob:**.yaml");
        CliRun test = CliRun.of("rules", "test", "--lang", "en", workspace.toString());
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
    }

    @Test
    public void theReadmeIsJapaneseFirstThenEnglishAndNamesEveryFileAndCommand(@TempDir Path workspace) throws IOException {
        CliRun.of("rules", "init", workspace.toString());

        String readme = Files.readString(workspace.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme.indexOf("## 日本語")).isPositive().isLessThan(readme.indexOf("## English"));
        for (RuleFile file : RuleSource.defaults().files()) {
            String mentioned = file.path().startsWith("scenarios/") ? "scenarios/" : file.path();
            assertThat(readme).as(file.path()).contains("`" + mentioned + "`");
        }
        assertThat(readme).contains("confinementMinutes", "!term", "@id", "@source", "@behaviour", "@severity",
                "kasuhara rules check DIR", "kasuhara rules test DIR DIR/scenarios", "kasuhara rules diff");
    }

    @Test
    public void nameSetsTheRuleSetNameThatCheckReports(@TempDir Path workspace) {
        CliRun.of("rules", "init", "--name", "acme-foods-2027", workspace.toString());

        CliRun check = CliRun.of("rules", "check", "--lang", "en", workspace.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("OK: acme-foods-2027 sha256:");
    }

    @Test
    public void aNameYamlWouldMisreadIsQuoted(@TempDir Path workspace) {
        CliRun.of("rules", "init", "--name", "総務部: \"2027\" #1", workspace.toString());

        CliRun check = CliRun.of("rules", "check", "--lang", "en", workspace.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("OK: 総務部: \"2027\" #1 sha256:");
    }

    @Test
    public void aFolderThatIsNotEmptyIsRefusedAndLeftUntouched(@TempDir Path workspace) throws IOException {
        Path mine = Files.writeString(workspace.resolve("policy.yaml"), "my edited policy\n");

        CliRun run = CliRun.of("rules", "init", "--lang", "en", workspace.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(workspace + ": the folder is not empty; use --force");
        assertThat(mine).hasContent("my edited policy");
        try (var files = Files.list(workspace)) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    public void forceWritesIntoAFolderThatIsNotEmptyAndKeepsOtherFiles(@TempDir Path workspace) throws IOException {
        Path notes = Files.writeString(workspace.resolve("notes.txt"), "ours\n");
        Files.writeString(workspace.resolve("policy.yaml"), "stale\n");

        CliRun run = CliRun.of("rules", "init", "--force", workspace.toString());

        assertThat(run.exit()).isZero();
        assertThat(notes).hasContent("ours");
        assertThat(CliRun.of("rules", "check", workspace.toString()).exit()).isZero();
    }

    @Test
    public void aFileInPlaceOfTheFolderIsAnError(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("rules"), "x");

        CliRun run = CliRun.of("rules", "init", "--force", "--lang", "en", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(file + ": not a folder");
    }
}
