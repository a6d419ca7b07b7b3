// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compliance teams read rule-set problems in Japanese: every problem of a data file has a Japanese message. */
class JapaneseProblemsTest {
    @TempDir
    Path dir;

    private RuleSetException failure(String path, String content) {
        Map<String, String> files = new HashMap<>(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT));
        files.put(path, content);
        return catchThrowableOfType(RuleSetException.class,
                () -> RuleSet.compile(RuleSource.directory(TestRuleSets.write(dir, files))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "defaults:\n  confinementMinutes: 0\n",
        "defaults:\n  confinementMinutes: sixty\n",
        "defaults:\n  offHoursStart: late\n",
        "defaults:\n  zone: 7\n",
        "defaults:\n  confinmentMinutes: 45\n",
        "default:\n  confinementMinutes: 45\n",
        "- 1\n",
        "defaults: 3\n",
        "defaults:\n  toneMarkers: 2\n  toneMarkers: 3\n",
        "defaults: [\n"})
    void everyPolicyProblemIsInJapanese(String policy) {
        RuleSetException e = failure("policy.yaml", policy);
        assertThat(e).as(policy).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message(true)).as(p.message())
                .doesNotContain("英語のメッセージ").containsPattern("[ぁ-んァ-ヶ一-龠]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "死ね THREAT ja 死ね note\n",
        "\tTHREAT\tja\t死ね\n",
        "死ね\tTHREATS\tja\t死ねと言われた\n",
        "死ね\tTHREAT\tfr\t死ねと言われた\n",
        "死ね\tTHREAT\tja\t\n",
        "死ね\tTHREAT\tja\t殺すぞ\n",
        "死ね\tTHREAT\tja\t死ね\n死ね\tTHREAT\tja\t死ね\n",
        "死ね\tTHREAT\tja\t死ね\tnote\textra\n"})
    void everyLexiconProblemIsInJapanese(String line) {
        RuleSetException e = failure("lexicons/ja.tsv", line);
        assertThat(e).as(line).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message(true)).as(p.message())
                .doesNotContain("英語のメッセージ").containsPattern("[ぁ-んァ-ヶ一-龠]"));
    }

    @Test
    void ruleMetadataProblemsAreInJapanese() {
        RuleSetException e = failure("signals/bad.drl", TestRuleSets.CONFINEMENT.replace("T-CONF-1", "T-X")
                .replace("CCAJ-2025", "NOPE").replace("\"A long call", "\"Another long call"));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message(true))
                .startsWith("@source(\"NOPE\") は未知の出典です"));
    }

    @Test
    void aMistypedMetadataKeyIsAnError() {
        RuleSetException e = failure("signals/bad.drl", TestRuleSets.CONFINEMENT.replace("T-CONF-1", "T-X")
                .replace("@severity(\"HIGH\")", "@severity(\"HIGH\") @behavior(\"CONFINEMENT\")")
                .replace("\"A long call", "\"Another long call"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("unknown metadata @behavior; known: [id, nameJa");
            assertThat(p.message(true)).startsWith("不明なメタデータ @behavior です");
        });
    }
}
