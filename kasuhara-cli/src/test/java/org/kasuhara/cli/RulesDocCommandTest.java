// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code kasuhara rules doc} writes a rule set's catalogue. */
public class RulesDocCommandTest {

    @Test
    public void theCatalogueOfTheDefaultRulesIsTheOneInTheDocs(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "doc", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("..", "docs", "rules.md")));
    }

    @Test
    public void aChangedThresholdShowsInTheCatalogue(@TempDir Path rules) throws IOException {
        Path policy = RuleSetCopies.copyDefaults(rules).resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 60", "confinementMinutes: 45"));
        Path output = rules.resolve("rules.md");

        CliRun run = CliRun.of("rules", "doc", "--lang", "en", rules.toString(), "-o", output.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("written: " + output);
        assertThat(Files.readString(output)).contains("### KH-CONF-001: ")
                .contains("| しきい値 / Thresholds | `confinementMinutes` = 45 |");
    }
}
