// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.scenario.Coverage;
import org.kasuhara.testkit.scenario.ScenarioFile;
import org.kasuhara.testkit.scenario.ScenarioResult;
import org.kasuhara.testkit.scenario.ScenarioRunner;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a rule set's own scenarios ({@code scenarios/*.yaml}) as JUnit 5 tests, so an organisation's rule
 * repository checks every change in its CI exactly as {@code kasuhara rules test} does:
 *
 * <pre>{@code
 * class OurRulesTest {
 *     @TestFactory
 *     Stream<DynamicTest> ourScenarios() {
 *         return RuleSetScenarios.of(Path.of("rules"));
 *     }
 * }
 * }</pre>
 *
 * One test per scenario (named {@code file:line name}), then one that every rule running on cases fires in some
 * scenario. A rule set that does not compile, or scenario files that do not parse, give a single failing test
 * listing every problem with its file and line.
 */
public final class RuleSetScenarios {
    private RuleSetScenarios() {
    }

    /**
     * @param ruleSetDirectory the rule set's folder, with its {@code scenarios/}
     * @return the tests
     */
    public static Stream<DynamicTest> of(Path ruleSetDirectory) {
        return of(RuleSource.directory(Objects.requireNonNull(ruleSetDirectory, "ruleSetDirectory")));
    }

    /**
     * @param source the rule set, with its {@code scenarios/}
     * @return the tests
     */
    public static Stream<DynamicTest> of(RuleSource source) {
        Objects.requireNonNull(source, "source");
        RuleSet ruleSet;
        List<ScenarioFile> files;
        try {
            ruleSet = RuleSet.compile(source);
            files = ScenarioFile.readAll(source, ruleSet);
        } catch (RuntimeException e) {
            return Stream.of(DynamicTest.dynamicTest("rule set " + source.describe() + " and its scenarios load",
                    () -> {
                        throw new AssertionFailedError(e.getMessage(), e);
                    }));
        }
        List<ScenarioResult> results = ScenarioRunner.of(ruleSet).runAll(files);
        Stream<DynamicTest> scenarios = results.stream().map(result -> DynamicTest.dynamicTest(
                result.file() + ":" + result.scenario().line() + " " + result.scenario().name(),
                () -> check(result)));
        DynamicTest coverage = DynamicTest.dynamicTest("every rule fires in some scenario", () -> {
            List<RuleInfo> unexercised = Coverage.of(ruleSet, results).unexercised();
            if (!unexercised.isEmpty()) {
                throw new AssertionFailedError("rules no scenario exercises: " + unexercised.stream()
                        .map(r -> r.id() + " (" + r.file() + ":" + r.line() + ")").collect(Collectors.joining(", ")));
            }
        });
        return Stream.concat(scenarios, Stream.of(coverage));
    }

    private static void check(ScenarioResult result) {
        if (result.errored()) {
            throw new AssertionFailedError("could not assess: " + result.error());
        }
        if (!result.passed()) {
            throw new AssertionFailedError(result.differences().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")) + "\nassessment: " + result.assessment());
        }
    }
}
