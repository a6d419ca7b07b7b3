// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as Excel and Windows editors save them (issue 13): UTF-8 with a byte order mark is read; Shift_JIS is one
 * clear error naming the file and line, in Japanese and English — never garbled names or hundreds of errors.
 */
class EncodingOfRuleFilesTest {
    private static final Charset SJIS = Charset.forName("Windows-31J");
    private static final String LEXICON = "term\tcategory\tlanguage\texample\tnote\n"
            + "# 組織の語彙\n"
            + "ポンコツ\tINSULT\tja\tこのポンコツが\tMHLW-2022 §B-1\n";

    @TempDir
    Path dir;

    private Path rules() {
        return TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT));
    }

    private static RuleSetException refused(Path folder) {
        return catchThrowableOfType(() -> RuleSet.compile(RuleSource.directory(folder)), RuleSetException.class);
    }

    @Test
    void aShiftJisLexiconIsOneErrorThatSaysSaveItAsUtf8() throws IOException {
        Path folder = rules();
        Files.createDirectories(folder.resolve("lexicons"));
        Files.write(folder.resolve("lexicons/org.tsv"), LEXICON.getBytes(SJIS));

        RuleSetException e = refused(folder);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lexicons/org.tsv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message(false)).contains("save it as UTF-8", "CSV UTF-8");
            assertThat(p.message(true)).contains("UTF-8 で保存し直してください");
        });
    }

    @Test
    void aShiftJisDecisionTableIsRefusedInsteadOfCompilingWithGarbledNames() throws IOException {
        Path folder = rules();
        Files.write(folder.resolve("verdict/actions.drl.csv"), DecisionTableTest.ACTIONS
                .replace("Confinement: announce a time limit", "拘束: 時間を告げる").getBytes(SJIS));

        RuleSetException e = refused(folder);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("verdict/actions.drl.csv");
            assertThat(p.line()).as("the Notes row, the table's first Japanese").isEqualTo(3);
            assertThat(p.message(false)).contains("not UTF-8");
        });
    }

    @Test
    void excelsCsvUtf8WithAByteOrderMarkCompilesWithItsNames() throws IOException {
        Path folder = rules();
        Files.write(folder.resolve("verdict/actions.drl.csv"), ("\uFEFF" + DecisionTableTest.ACTIONS
                .replace("Confinement: announce a time limit", "拘束: 時間を告げる")).getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("verdict/verdict.drl"), "\uFEFF" + TestRuleSets.VERDICT);

        RuleSet rules = RuleSet.compile(RuleSource.directory(folder));

        assertThat(rules.rules()).extracting(RuleInfo::name).contains("拘束: 時間を告げる");
        assertThat(rules.rules()).filteredOn(r -> r.id().equals("T-DT-1")).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(10));
    }

    @Test
    void aBrokenEncodingNeverReplacesAWorkingRuleSet() throws IOException {
        Path folder = rules();
        try (ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(folder))
                .buildWatching()) {
            String version = engine.ruleSet().ref().version();
            Files.write(folder.resolve("verdict/verdict.drl"), TestRuleSets.VERDICT.replace("Any finding",
                    "所見があれば").getBytes(SJIS));
            assertThat(engine.reload()).isInstanceOf(ReloadEvent.Rejected.class);
            assertThat(engine.ruleSet().ref().version()).isEqualTo(version);
        }
    }
}
