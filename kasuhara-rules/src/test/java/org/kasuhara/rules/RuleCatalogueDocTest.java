// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.testkit.catalogue.RuleCatalogue;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.scenario.RuleExamples;
import org.kasuhara.testkit.scenario.ScenarioFile;

/**
 * {@code docs/rules.md} is generated from the default rules' metadata and scenarios; the build regenerates it into
 * {@code target/rules.md} and fails when the committed copy has drifted. To update the committed copy, run the
 * build with {@code -Dkasuhara.updateDocs=true}.
 */
class RuleCatalogueDocTest {
    private static final Path COMMITTED = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdMatchesTheDefaultRules() throws IOException {
        RuleSet rules = RuleSet.compile(RuleSource.defaults());
        String generated = RuleCatalogue.markdown(rules, GuidelineCatalogue.defaults(),
                RuleExamples.of(ScenarioFile.readAll(RuleSource.defaults(), rules)));
        Files.writeString(Path.of("target", "rules.md"), generated);
        if (Boolean.getBoolean("kasuhara.updateDocs")) {
            Files.writeString(COMMITTED, generated);
        }
        assertThat(Files.exists(COMMITTED)).as("docs/rules.md exists").isTrue();
        assertThat(Files.readString(COMMITTED))
                .as("docs/rules.md has drifted from the rules: regenerate it with"
                        + " ./mvnw -pl kasuhara-rules -am verify -Dkasuhara.updateDocs=true")
                .isEqualTo(generated);
        for (var rule : rules.rules()) {
            assertThat(generated).contains("### " + rule.id() + ": ");
        }
    }
}
