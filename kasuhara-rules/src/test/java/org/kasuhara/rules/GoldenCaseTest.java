package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Action;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Finding;

/** Runs every golden case under {@code src/test/resources/golden} through the default rules. */
class GoldenCaseTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final TriageEngine ENGINE = TriageEngine.builder().build();
    private static final ObjectMapper JSON = KasuharaJson.mapper();

    static List<GoldenCase> goldenCases() {
        List<GoldenCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.addAll(List.of(JSON.readValue(file.toFile(), GoldenCase[].class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseGetsItsExpectedAssessment() {
        CaseReader reader = new CaseReader();
        return goldenCases().stream().map(golden -> DynamicTest.dynamicTest(golden.rule() + ": "
                + golden.description(), () -> check(golden, ENGINE.assess(reader.readOne(golden.input().toString())))));
    }

    private static void check(GoldenCase golden, Assessment a) {
        GoldenCase.Expect e = golden.expect();
        List<String> rules = a.findings().stream().map(Finding::rule).toList();
        List<org.kasuhara.model.ActionType> actions = a.actions().stream().map(Action::type).toList();
        String context = golden.rule() + " — " + golden.description() + "\nassessment: " + a;
        if (e.verdict() != null) {
            assertThat(a.verdict()).as(context).isEqualTo(e.verdict());
        }
        if (e.severity() != null) {
            assertThat(a.severity()).as(context).isEqualTo(e.severity());
        }
        if (e.police() != null) {
            assertThat(a.policeReport()).as(context).isEqualTo(e.police());
        }
        if (e.accepted() != null) {
            assertThat(a.accepted()).as(context).isEqualTo(e.accepted());
        }
        if (e.findings() != null) {
            assertThat(rules).as(context).containsAll(e.findings());
        }
        if (e.noFindings() != null) {
            assertThat(rules).as(context).doesNotContainAnyElementsOf(e.noFindings());
        }
        if (e.actions() != null) {
            assertThat(actions).as(context).containsAll(e.actions());
        }
        if (e.noActions() != null) {
            assertThat(actions).as(context).doesNotContainAnyElementsOf(e.noActions());
        }
    }

    @Test
    void everyDefaultRuleHasAGoldenCase() {
        Set<String> covered = new TreeSet<>();
        goldenCases().forEach(g -> covered.add(g.rule()));
        Set<String> missing = new TreeSet<>();
        for (RuleInfo rule : ENGINE.ruleSet().rules()) {
            if (!covered.contains(rule.id())) {
                missing.add(rule.id() + " (" + rule.file() + ":" + rule.line() + ")");
            }
        }
        assertThat(missing).as("rules without a golden case").isEmpty();
    }

    @Test
    void everyGoldenCaseNamesARuleThatExists() {
        Set<String> ids = new TreeSet<>();
        ENGINE.ruleSet().rules().forEach(r -> ids.add(r.id()));
        goldenCases().forEach(g -> assertThat(ids).as(g.description()).contains(g.rule()));
    }

    @Test
    void everyRuleThatDerivesAFindingHasAGoldenCaseShowingIt() {
        Set<String> shown = new TreeSet<>();
        goldenCases().stream().filter(g -> g.expect().findings() != null && g.expect().findings().contains(g.rule()))
                .forEach(g -> shown.add(g.rule()));
        Set<String> missing = new TreeSet<>();
        for (RuleInfo rule : ENGINE.ruleSet().rules()) {
            if (rule.pkg().equals("signals") && rule.severity() != null && !shown.contains(rule.id())) {
                missing.add(rule.id());
            }
        }
        assertThat(missing).as("signal rules without a golden case that shows their finding").isEmpty();
    }
}
