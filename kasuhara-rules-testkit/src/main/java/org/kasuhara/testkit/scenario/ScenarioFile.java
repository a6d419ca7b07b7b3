// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.scenario.internal.ScenarioParser;

/**
 * A file of scenarios, in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}): a list of scenarios, or an
 * object whose only field is {@code scenarios}. Reading is strict: an unknown field, a wrong type, an invalid
 * case, an unknown verdict or an expected rule id the rule set does not have is an error naming the file, the
 * line and the field path ({@code scenarios[3].expect.verdict}).
 *
 * <pre>{@code
 * scenarios:
 *   - name: a 74-minute call is long confinement
 *     given:
 *       id: C-1
 *       receivedAt: 2026-11-20T14:03:00+09:00
 *       channel: PHONE
 *       contacts:
 *         - {channel: PHONE, start: 2026-11-20T14:03:00+09:00, end: 2026-11-20T15:17:00+09:00}
 *     expect:
 *       verdict: CUSTOMER_HARASSMENT
 *       findings: [KH-CONF-001]
 * }</pre>
 *
 * @param name      the file's name as given, used in messages and reports
 * @param scenarios the scenarios, in file order
 */
public record ScenarioFile(String name, List<Scenario> scenarios) {
    /** The folder of a rule set that holds its scenarios. */
    public static final String FOLDER = "scenarios/";

    /** Checks the fields and copies the list. */
    public ScenarioFile {
        Objects.requireNonNull(name, "name");
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Whether a file name is that of a scenario file.
     *
     * @param name a file name or path
     * @return {@code true} for {@code .yaml}, {@code .yml} and {@code .json}
     */
    public static boolean isScenarioFile(String name) {
        return ScenarioParser.isScenarioFile(name);
    }

    /**
     * Parses scenarios from text.
     *
     * @param name    the file name, for messages; a name ending in {@code .json} is read as JSON, else as YAML
     * @param text    the content
     * @param ruleSet the rule set the scenarios test; expected rule ids must be among its rules
     * @return the file
     * @throws ScenarioException listing every problem, each with line and field path
     */
    public static ScenarioFile parse(String name, String text, RuleSet ruleSet) {
        Set<String> ids = ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        return new ScenarioFile(name, ScenarioParser.parse(name, text, ids));
    }

    /**
     * Reads a scenario file.
     *
     * @param file    the file, UTF-8
     * @param ruleSet the rule set the scenarios test
     * @return the file, named as given
     * @throws ScenarioException    listing every problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ScenarioFile read(Path file, RuleSet ruleSet) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), ruleSet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads the scenarios a rule set carries in its {@code scenarios/} folder (a folder on disk or on the
     * classpath), so a shipped rule set can be tested against its own scenarios.
     *
     * @param source  the rule set's files
     * @param ruleSet the rule set compiled from them
     * @return one file per scenario file, sorted by path, named by their path in the rule set
     * @throws ScenarioException listing the problems of every file
     */
    public static List<ScenarioFile> readAll(RuleSource source, RuleSet ruleSet) {
        List<ScenarioFile> files = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (RuleFile file : source.files()) {
            if (file.path().startsWith(FOLDER) && isScenarioFile(file.path())) {
                try {
                    files.add(parse(file.path(), file.text(), ruleSet));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(files);
    }
}
