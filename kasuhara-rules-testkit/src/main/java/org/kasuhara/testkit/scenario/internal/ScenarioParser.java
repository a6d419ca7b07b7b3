// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.json.JsonProblem;
import org.kasuhara.testkit.scenario.Scenario;
import org.kasuhara.testkit.scenario.ScenarioException;
import org.kasuhara.testkit.scenario.ScenarioProblem;

/**
 * Reads a scenario file strictly: a list of scenarios, or an object whose only field is {@code scenarios}.
 * Each scenario is bound on its own, with the cases' own strict mapping, so one file reports every bad
 * scenario at once, each with its line and field path.
 */
public final class ScenarioParser {
    private static final JsonFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = KasuharaJson.mapper();

    private ScenarioParser() {
    }

    /**
     * Whether a file name is that of a scenario file.
     *
     * @param name the file name or path
     * @return {@code true} for {@code .yaml}, {@code .yml} and {@code .json}
     */
    public static boolean isScenarioFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    /**
     * Parses one file.
     *
     * @param file    its name, for messages; {@code .json} is read as JSON, anything else as YAML
     * @param text    its content
     * @param ruleIds the ids of the rule set's rules; an expectation naming another id is an error
     * @return the scenarios, in file order
     * @throws ScenarioException listing every problem
     */
    public static List<Scenario> parse(String file, String text, Set<String> ruleIds) {
        JsonFactory factory = file.toLowerCase(Locale.ROOT).endsWith(".json") ? MAPPER.getFactory() : YAML;
        JsonNode root;
        FieldLines lines;
        try {
            lines = new FieldLines(factory.createParser(text));
            root = MAPPER.readTree(lines);
            if (root != null && lines.nextToken() != null) {
                throw fail(file, lines.currentTokenLocation().getLineNr(), "",
                        "holds more than one document; put every scenario in one list");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String format = factory == YAML ? "YAML" : "JSON";
            throw fail(file, line, "", "not valid " + format + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fail(file, 0, "", "cannot read: " + e.getMessage());
        }
        ScenarioChecks checks = new ScenarioChecks(file, lines, ruleIds);
        JsonNode list = checks.scenarioList(root);
        String listPath = root.isArray() ? "" : "scenarios";
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = Paths.index(listPath, i);
            Scenario scenario = bind(list.get(i), path, checks);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        if (!checks.problems().isEmpty()) {
            throw new ScenarioException(checks.problems());
        }
        return List.copyOf(scenarios);
    }

    private static Scenario bind(JsonNode node, String path, ScenarioChecks checks) {
        if (!node.isObject()) {
            checks.problem(path, "expected a scenario (name, given, expect)");
            return null;
        }
        try {
            return checks.check(MAPPER.treeToValue(node, ScenarioDocument.class), path);
        } catch (JsonProcessingException e) {
            JsonProblem problem = JsonProblem.of(e);
            checks.problem(Paths.join(path, problem.path()), problem.message());
        } catch (IllegalArgumentException e) {
            checks.problem(path, e.getMessage());
        }
        return null;
    }

    private static ScenarioException fail(String file, int line, String path, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(file, line, path, message)));
    }
}
