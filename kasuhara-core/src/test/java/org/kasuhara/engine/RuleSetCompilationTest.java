// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetCompilationTest {
    @TempDir
    Path dir;

    private RuleSetException failure(Map<String, String> files) {
        TestRuleSets.write(dir, files);
        try {
            RuleSet.compile(RuleSource.directory(dir));
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError("expected the rule set to be rejected");
    }

    @Test
    void compilesAValidRuleSetWithItsMetadata() {
        RuleSet rules = RuleSet.compile(RuleSource.directory(TestRuleSets.basic(dir)));
        assertThat(rules.name()).isEqualTo("test-rules");
        assertThat(rules.version()).matches("sha256:[0-9a-f]{64}");
        assertThat(rules.rules()).extracting(RuleInfo::id).containsExactly("T-CONF-1", "T-VRD-1");
        RuleInfo conf = rules.rules().get(0);
        assertThat(conf.file()).isEqualTo("signals/confinement.drl");
        assertThat(conf.line()).isEqualTo(5);
        assertThat(conf.behaviour()).isEqualTo("CONFINEMENT");
    }

    @Test
    void versionIsTheContentHashAndChangesWithAnyEdit() throws IOException {
        TestRuleSets.basic(dir);
        String first = RuleSet.compile(RuleSource.directory(dir)).version();
        assertThat(RuleSet.compile(RuleSource.directory(dir)).version()).isEqualTo(first);
        Files.writeString(dir.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 45\n");
        assertThat(RuleSet.compile(RuleSource.directory(dir)).version()).isNotEqualTo(first);
    }

    @Test
    void aRuleThatReadsAThresholdMustNotStateItsValueInItsName() {
        String named = TestRuleSets.CONFINEMENT.replace("A long call is confinement",
                "A call of sixty minutes or more is confinement");
        RuleSetException e = failure(Map.of("signals/confinement.drl", named, "verdict/verdict.drl",
                TestRuleSets.VERDICT));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("signals/confinement.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.toString()).contains("states a number (\"sixty\")", "[confinementMinutes]",
                    "the confinement line");
        });
        String japanese = TestRuleSets.CONFINEMENT.replace("@severity(\"HIGH\")",
                "@severity(\"HIGH\") @nameJa(\"６０分以上の通話は拘束\")");
        assertThat(failure(Map.of("signals/confinement.drl", japanese, "verdict/verdict.drl", TestRuleSets.VERDICT))
                .problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("６０"));
    }

    @Test
    void aRuleWithoutAThresholdMayStateANumber() {
        String fixed = TestRuleSets.VERDICT.replace("Any finding is harassment", "Any 1 finding is harassment");
        TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT, "verdict/verdict.drl",
                fixed));
        assertThat(RuleSet.compile(RuleSource.directory(dir)).rules()).extracting(RuleInfo::name)
                .contains("Any 1 finding is harassment");
    }

    @Test
    void aLexiconThatCitesADocumentFileInsteadOfASourceIdIsRejectedWithItsLine() {
        RuleSetException e = failure(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT, "lexicons/ja.tsv",
                "# 暴言\n馬鹿\tINSULT\tja\t馬鹿じゃないのか。\tMHLW-2022 §B-1\n"
                        + "死ね\tINSULT\tja\t死ね。\tnotes/our-guide.md §2.1\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lexicons/ja.tsv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.toString()).contains("notes/our-guide.md", "cite a catalogue source id");
        });
    }

    @Test
    void aTermInTwoLexiconFilesIsRejectedByFileAndLineNotAsAnInternalError() {
        RuleSetException e = failure(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT,
                "lexicons/ja.tsv", "# ja\nDOGEZA\tKNEELING\tja\tDOGEZAして。\tMHLW-2022 §B-1\n",
                "lexicons/en.tsv", "# en\ndogeza\tKNEELING\ten\tDo a dogeza now.\tMHLW-2022 §B-1\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).contains("duplicate of", "dogeza");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void aConsequenceBuildsItsFindingFromTheFiringRuleWithoutKcontext() {
        TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT
                .replace("Evidence.finding(kcontext, ", "Evidence.finding("), "verdict/verdict.drl", TestRuleSets.VERDICT));
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(dir)).build();
        var assessment = engine.assess(new org.kasuhara.json.CaseReader().readOne("""
                {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "PHONE",
                 "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:03:00+09:00",
                               "end": "2026-11-20T15:17:00+09:00"}]}"""));
        assertThat(assessment.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("T-CONF-1");
            assertThat(f.severity()).hasToString("HIGH");
            assertThat(f.source()).isEqualTo("CCAJ-2025");
            assertThat(f.evidence()).isEqualTo("74 min");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "threshold 1.5                  | kasuhara-net\\t2\\nbias\\t0.1\\nthreshold\\t1.5\\n               | 3 | threshold must be between 0 and 1",
        "doubt line above the threshold | kasuhara-net\\t2\\nbias\\t0.1\\nthreshold\\t0.8\\ndoubt\\t0.9\\n | 4 | doubt must not be above the threshold"})
    void aMalformedStatisticalNetIsRejectedWithItsFileAndLine(String what, String net, int line, String message) {
        RuleSetException e = failure(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT, "models/abuse-net.tsv",
                net.replace("\\t", "\t").replace("\\n", "\n")));
        assertThat(e.problems()).as(what).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("models/abuse-net.tsv");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.toString()).contains(message, "kasuhara model train");
        });
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        RuleSetException e = failure(Map.of("signals/broken.drl", """
                package signals;

                rule "Broken"
                    @id("T-1") @source("CCAJ-2025")
                when
                    Foo(
                then
                end
                """, "verdict/verdict.drl", TestRuleSets.VERDICT));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("signals/broken.drl"));
        assertThat(e.problems().get(0).line()).isBetween(6, 8);
        assertThat(e.getMessage()).contains("signals/broken.drl:");
    }

    @Test
    void anUnknownFactTypeIsReportedOnceWithoutTheErrorsItCauses() {
        RuleSetException e = failure(Map.of("signals/typo.drl", TestRuleSets.CONFINEMENT
                .replace("ContactFact(live", "ContactFakt(live")
                .replace("package signals;", "package signals;\ndialect \"mvel\"")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("signals/typo.drl");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("ContactFakt");
        });
    }

    @Test
    void metadataProblemsAreAllReportedWithFileAndLine() {
        RuleSetException e = failure(Map.of("signals/meta.drl", """
                package signals;

                rule "No id"
                    @source("CCAJ-2025")
                when
                then
                end

                rule "Unknown source"
                    @id("T-3") @source("FOO-1999")
                when
                then
                end

                rule "Same id"
                    @id("T-3") @source("MHLW-2022 §B-1") @behaviour("SHOUTING")
                when
                then
                end
                """));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "signals/meta.drl:3: rule \"No id\": @id is missing: every rule needs a unique, stable id such as @id(\"KH-X-001\")",
                e.problems().stream().filter(p -> p.message().startsWith("@source(\"FOO-1999\")")).findFirst()
                        .orElseThrow().toString(),
                "signals/meta.drl:15: rule \"Same id\": @id(\"T-3\") is already used by rule \"Unknown source\" at signals/meta.drl:9",
                e.problems().stream().filter(p -> p.message().startsWith("@behaviour(SHOUTING)")).findFirst()
                        .orElseThrow().toString());
        assertThat(e.problems()).filteredOn(p -> p.message().startsWith("@source")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(9));
    }

    @Test
    void aPackageThatDoesNotMatchItsFolderIsRejected() {
        RuleSetException e = failure(Map.of("signals/wrong.drl", TestRuleSets.VERDICT));
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("package verdict does not match its folder \"signals\""));
    }

    @Test
    void aPolicyErrorIsReportedWithItsLine() {
        RuleSetException e = failure(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "policy.yaml", "defaults:\n  confinementMinutes: -1\n"));
        assertThat(e.problems()).singleElement().hasToString(
                "policy.yaml:2: defaults.confinementMinutes: must be between 1 and 1440, was -1");
    }

    @Test
    void aMissingManifestOrDirectoryIsAClearError() throws IOException {
        Files.createDirectories(dir.resolve("signals"));
        Files.writeString(dir.resolve("signals/confinement.drl"), TestRuleSets.CONFINEMENT);
        assertThatThrownBy(() -> RuleSet.compile(RuleSource.directory(dir)))
                .hasMessageContaining("ruleset.yaml:0: missing");
        assertThatThrownBy(() -> RuleSet.compile(RuleSource.directory(dir.resolve("nope"))))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("rule directory not found");
    }

    @Test
    void defaultRulesMissingFromTheClasspathSayWhatToAdd() {
        assertThatThrownBy(() -> RuleSet.compile(RuleSource.classpath("no/such/rules")))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("add the kasuhara-rules artifact");
    }

    @Test
    void aMisnamedFileIsAnErrorInsteadOfBeingIgnored() {
        RuleSetException e = failure(Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "policy.yml", "defaults:\n  confinementMinutes: 45\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("policy.yml");
            assertThat(p.message()).startsWith("unrecognised file");
        });
    }

    @Test
    void scenariosTravelWithARuleSetWithoutChangingItsVersion() throws Exception {
        RuleSet before = RuleSet.compile(RuleSource.directory(TestRuleSets.basic(dir)));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/calls.yaml"), "not: [a rule file\n");
        RuleSet after = RuleSet.compile(RuleSource.directory(dir));
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aRuleThatInsertsFindingsWithoutSeverityIsRejectedAtCompileTime() {
        RuleSetException e = failure(Map.of("signals/nosev.drl", TestRuleSets.CONFINEMENT
                .replace(" @severity(\"HIGH\")", "")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("@severity is missing");
        });
    }

    @Test
    void rulesWhoseNamesShareAPrefixGetTheirOwnLines() {
        RuleSet rules = RuleSet.compile(RuleSource.directory(TestRuleSets.write(dir, Map.of("signals/two.drl", """
                package signals;

                rule "Long call extended"
                    @id("T-A") @source("CCAJ-2025")
                when
                then
                end

                rule "Long call"
                    @id("T-B") @source("CCAJ-2025")
                when
                then
                end
                """))));
        assertThat(rules.rules()).extracting(RuleInfo::id, RuleInfo::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-A", 3), org.assertj.core.groups.Tuple.tuple("T-B", 9));
    }

    @Test
    void aTypoInAnMvelConsequenceIsCaughtAtCompileTimeWithItsFile() {
        RuleSetException e = failure(Map.of("signals/mvel.drl", TestRuleSets.CONFINEMENT
                .replace("package signals;", "package signals;\ndialect \"mvel\"")
                .replace("Evidence.finding(", "Evidence.fnding(")));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("signals/mvel.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(e.getMessage()).contains("fnding");
    }
}
