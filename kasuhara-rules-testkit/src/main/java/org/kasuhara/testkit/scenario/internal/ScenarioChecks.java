// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kasuhara.testkit.scenario.Expectation;
import org.kasuhara.testkit.scenario.Scenario;
import org.kasuhara.testkit.scenario.ScenarioException;
import org.kasuhara.testkit.scenario.ScenarioProblem;

/** The checks binding cannot do: the file's shape, required fields, unique names, known rule ids. */
final class ScenarioChecks {
    private final String file;
    private final FieldLines lines;
    private final Set<String> ruleIds;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final Map<String, Integer> names = new HashMap<>();

    ScenarioChecks(String file, FieldLines lines, Set<String> ruleIds) {
        this.file = file;
        this.lines = lines;
        this.ruleIds = Set.copyOf(ruleIds);
    }

    /** The list of scenarios: the document itself, or its only field {@code scenarios}. */
    JsonNode scenarioList(JsonNode root) {
        if (root != null && root.isObject()) {
            List<String> fields = new ArrayList<>();
            root.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (!field.equals("scenarios")) {
                    throw fatal(field, "unknown field; expected [scenarios]");
                }
            }
            if (root.has("scenarios") && root.get("scenarios").isArray()) {
                return nonEmpty(root.get("scenarios"), "scenarios");
            }
            throw fatal(fields.isEmpty() ? "" : "scenarios", "expected a list of scenarios");
        }
        if (root != null && root.isArray()) {
            return nonEmpty(root, "");
        }
        throw fatal("", "expected a list of scenarios, or an object with the field scenarios");
    }

    Scenario check(ScenarioDocument doc, String path) {
        int before = problems.size();
        if (doc.name() == null || doc.name().isBlank()) {
            problem(Paths.join(path, "name"), "is required: a short sentence saying what is tested");
        } else if (names.containsKey(doc.name())) {
            problem(Paths.join(path, "name"), "the same name as the scenario on line " + names.get(doc.name())
                    + "; names must be unique in a file");
        } else {
            names.put(doc.name(), lines.lineOf(path));
        }
        if (doc.given() == null) {
            problem(Paths.join(path, "given"), "is required: the case to assess");
        }
        if (doc.expect() == null) {
            problem(Paths.join(path, "expect"), "is required: what the assessment must show");
        } else {
            checkExpectation(doc.expect(), Paths.join(path, "expect"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Scenario(doc.name(), doc.description(), doc.given(), doc.expect(), lines.lineOf(path));
    }

    private void checkExpectation(Expectation expect, String path) {
        if (expect.isEmpty()) {
            problem(path, "expects nothing; give at least one of verdict, severity, police, accepted, findings,"
                    + " absent, fired, actions, absentActions");
        }
        checkIds(expect.findings() == null ? List.of() : expect.findings(), Paths.join(path, "findings"));
        checkIds(expect.absent(), Paths.join(path, "absent"));
        checkIds(expect.fired(), Paths.join(path, "fired"));
        for (int i = 0; i < expect.absent().size(); i++) {
            if (expect.findings() != null && expect.findings().contains(expect.absent().get(i))) {
                problem(Paths.index(Paths.join(path, "absent"), i), expect.absent().get(i)
                        + " is also expected in findings");
            }
        }
    }

    private void checkIds(List<String> ids, String path) {
        for (int i = 0; i < ids.size(); i++) {
            if (!ruleIds.contains(ids.get(i))) {
                problem(Paths.index(path, i), "unknown rule id \"" + ids.get(i) + "\"; no rule of the rule set"
                        + " has this @id");
            }
        }
    }

    void problem(String path, String message) {
        problems.add(new ScenarioProblem(file, lines.lineOf(path), path, message));
    }

    List<ScenarioProblem> problems() {
        return problems;
    }

    private JsonNode nonEmpty(JsonNode list, String path) {
        if (list.isEmpty()) {
            throw fatal(path, "holds no scenarios");
        }
        return list;
    }

    private ScenarioException fatal(String path, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(file, lines.lineOf(path), path, message)));
    }
}
