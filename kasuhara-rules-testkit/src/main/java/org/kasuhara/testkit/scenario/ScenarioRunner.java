// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.testkit.scenario.internal.ExpectationCheck;

/** Runs scenarios through one rule set and compares each assessment with its expectation. Thread-safe. */
public final class ScenarioRunner {
    private final RuleSet ruleSet;
    private final TriageEngine engine;

    private ScenarioRunner(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.engine = TriageEngine.builder().ruleSet(ruleSet).build();
    }

    /**
     * A runner for a rule set.
     *
     * @param ruleSet the rule set under test
     * @return the runner
     * @throws NullPointerException when the rule set is {@code null}
     */
    public static ScenarioRunner of(RuleSet ruleSet) {
        return new ScenarioRunner(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** @return the rule set under test */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Runs every scenario of a file.
     *
     * @param file the scenarios
     * @return one result per scenario, in file order
     */
    public List<ScenarioResult> run(ScenarioFile file) {
        return file.scenarios().stream().map(s -> run(file.name(), s)).toList();
    }

    /**
     * Runs every scenario of several files.
     *
     * @param files the files
     * @return one result per scenario, file by file
     */
    public List<ScenarioResult> runAll(List<ScenarioFile> files) {
        return files.stream().flatMap(f -> run(f).stream()).toList();
    }

    /**
     * Runs one scenario. An exception while assessing is an errored result, not a thrown exception, so one
     * broken scenario does not stop the others.
     *
     * @param file     the name of the scenario's file, for reports
     * @param scenario the scenario
     * @return its result
     */
    public ScenarioResult run(String file, Scenario scenario) {
        long start = System.nanoTime();
        try {
            Assessment assessment = engine.assess(scenario.given());
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            return new ScenarioResult(file, scenario, assessment,
                    ExpectationCheck.differences(scenario.expect(), assessment), null, time);
        } catch (RuntimeException e) {
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            return new ScenarioResult(file, scenario, null, List.of(), e.toString(), time);
        }
    }
}
