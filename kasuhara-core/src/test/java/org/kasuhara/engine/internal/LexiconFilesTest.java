// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;

/** Lexicon files read with and without their checks (the packaged default rule set skips those done at build). */
class LexiconFilesTest {
    private static RuleFile file(String path, String... lines) {
        return new RuleFile(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static final List<RuleFile> GOOD = List.of(
            file("lexicons/ja.tsv", "殺す\tTHREAT_TO_LIFE\tja\t殺すぞ\tword", "お前…使えない\tINSULT\tja\tお前は使えない\tt"),
            file("lexicons/en.tsv", "idiot\tINSULT\ten\tyou idiot\tword"));

    /** No term index is packaged for this made-up version: the checked path builds its own (the packaged one is
     * compared with a built one in PackagedDefaultRulesTest). */
    @Test
    void checkedFilesAnalyseExactlyAsFilesReadWithEveryCheck() {
        List<RuleProblem> problems = new ArrayList<>();
        TextAnalyzer checked = LexiconFiles.read(GOOD, problems, "sha256:test");
        TextAnalyzer full = LexiconFiles.read(GOOD, problems, null);

        assertThat(problems).isEmpty();
        for (String text : List.of("お前は本当に使えないな、殺すぞ", "You idiot.", "ありがとう")) {
            TextInput input = new TextInput(0, text, null, Speaker.CUSTOMER);
            assertThat(checked.analyze(input)).isEqualTo(full.analyze(input));
        }
        assertThat(checked.analyze(new TextInput(0, "お前は本当に使えないな、殺すぞ", null, Speaker.CUSTOMER))).hasSize(2);
    }

    @Test
    void aFileThatDoesNotParseIsReportedEvenWhenSaidToBeChecked() {
        List<RuleProblem> problems = new ArrayList<>();
        LexiconFiles.read(List.of(file("lexicons/ja.tsv", "殺す\tNOT_A_CATEGORY\tja\t殺すぞ\tword")), problems, "sha256:test");

        assertThat(problems).extracting(RuleProblem::file).containsExactly("lexicons/ja.tsv");
        assertThat(problems).extracting(RuleProblem::line).containsExactly(1);
    }

    @Test
    void theExampleChecksRunOnlyWhenTheFilesWereNotCheckedAtBuild() {
        List<RuleFile> wrongExample = List.of(file("lexicons/ja.tsv", "殺す\tTHREAT_TO_LIFE\tja\tこんにちは\tword"));
        List<RuleProblem> problems = new ArrayList<>();

        LexiconFiles.read(wrongExample, problems, null);

        assertThat(problems).singleElement().extracting(RuleProblem::message).asString().contains("does not contain");
    }
}
