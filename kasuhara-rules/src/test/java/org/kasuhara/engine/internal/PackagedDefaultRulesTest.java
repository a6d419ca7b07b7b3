// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Case;
import org.kasuhara.testkit.eval.LabelledCase;

/**
 * The default rules ship precompiled (the build's {@code precompile-default-rules} step): they are used for the
 * default rules, and decide every evaluation case exactly as the same rules compiled afresh.
 */
class PackagedDefaultRulesTest {

    @TempDir
    Path copy;

    @Test
    void theDefaultRulesComeFromThePackagedKnowledgeBases() {
        System.clearProperty(CompiledRuleCache.PROPERTY);
        int used = PackagedRuleSets.used();

        RuleSet.compile(RuleSource.defaults());

        assertThat(PackagedRuleSets.used()).isGreaterThan(used);
    }

    @Test
    void theFormsOfTheDefaultJapaneseTermsComePackagedSoTheDictionaryIsNotNeeded() {
        String version = RuleSetCompiler.version(RuleSetCompiler.read(RuleSource.defaults()));

        assertThat(PackagedRuleSets.onClassPath().loadTermForms(version)).isTrue();
        assertThat(PackagedRuleSets.onClassPath().loadTermForms(version + "-other")).isFalse();
    }

    @Test
    void theIndexOfTheDefaultTermsComesPackagedAndFindsWhatABuiltOneFinds() {
        List<RuleFile> files = RuleSetCompiler.read(RuleSource.defaults());
        String version = RuleSetCompiler.version(files);
        List<org.kasuhara.text.LexiconEntry> entries = LexiconFiles.entries(files);

        var packaged = PackagedRuleSets.onClassPath().loadTermIndex(version, entries);
        var built = org.kasuhara.text.internal.LexiconTextAnalyzer.of(entries);

        assertThat(packaged).isNotNull();
        assertThat(PackagedRuleSets.onClassPath().loadTermIndex(version + "-other", entries)).isNull();
        for (String text : List.of("ぶっ殺すぞ、このバカ店員が", "お前みたいなのは本当に使えないな", "You idiot, I'll post your face online.",
                "ありがとうございました。助かりました。", "息子さん、サッカーやっとるんやろ？")) {
            var input = new org.kasuhara.text.TextInput(0, text, null, org.kasuhara.text.Speaker.CUSTOMER);
            assertThat(packaged.analyze(input)).as(text).isEqualTo(built.analyze(input));
        }
    }

    @Test
    void packagedAndFreshlyCompiledRulesGiveTheSameAssessmentOfEveryEvaluationCase()
            throws IOException, URISyntaxException {
        System.clearProperty(CompiledRuleCache.PROPERTY);
        RuleSet packaged = RuleSet.compile(RuleSource.defaults());
        RuleSet fresh = freshlyCompiledCopy();
        TriageEngine fromPackage = TriageEngine.builder().ruleSet(packaged).build();
        TriageEngine compiled = TriageEngine.builder().ruleSet(fresh).build();

        List<Case> cases = evaluationCases();

        assertThat(cases).hasSizeGreaterThan(100);
        for (Case complaint : cases) {
            // the two rule sets differ by one note file, hence in their version only
            assertThat(canonical(KasuharaJson.toJson(compiled.assess(complaint))
                    .replace(fresh.version(), packaged.version())))
                    .isEqualTo(canonical(KasuharaJson.toJson(fromPackage.assess(complaint))));
        }
    }

    /**
     * The assessment's JSON with its fired rules in a fixed order. Rules of equal rank fire in an order that varies
     * from one knowledge base to the next, packaged or not (two fresh compilations of the same files, or the same
     * packaged one read twice, order a few percent of these cases differently), and the audit keeps the firing order,
     * so only that order is left out of the comparison; every byte of everything else — findings in their order
     * included (the engine sorts them totally) — is compared.
     */
    private static String canonical(String json) throws IOException {
        ObjectNode tree = (ObjectNode) KasuharaJson.mapper().readTree(json);
        for (String field : List.of("firedRules")) {
            if (tree.get(field) instanceof ArrayNode items) {
                List<JsonNode> sorted = new ArrayList<>();
                items.forEach(sorted::add);
                sorted.sort(Comparator.comparing(JsonNode::toString));
                items.removeAll();
                items.addAll(sorted);
            }
        }
        return tree.toString();
    }

    /** The default rules plus a note: another key, so the packaged knowledge bases do not apply. */
    private RuleSet freshlyCompiledCopy() throws IOException {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path target = copy.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        Files.writeString(copy.resolve("NOTES.md"), "A copy, compiled afresh by a test.\n");
        int used = PackagedRuleSets.used();
        RuleSet fresh = RuleSet.compile(RuleSource.directory(copy));
        assertThat(PackagedRuleSets.used()).isEqualTo(used);
        return fresh;
    }

    private static List<Case> evaluationCases() throws IOException, URISyntaxException {
        Path eval = Path.of(PackagedDefaultRulesTest.class.getResource("/eval").toURI());
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> sets = Files.list(eval)) {
            for (Path set : sets.map(s -> s.resolve("cases.jsonl")).filter(Files::isRegularFile).sorted().toList()) {
                LabelledCase.read(set).forEach(labelled -> cases.add(labelled.given())); // the case, not its labels
            }
        }
        return cases;
    }
}
