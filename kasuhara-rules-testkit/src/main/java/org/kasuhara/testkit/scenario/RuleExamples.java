// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks, for each rule, an example from the scenarios that show it: the first scenario named after the rule
 * ({@code KH-CONF-001 — a 74-minute call is long confinement}) whose expectation has the rule find or fire, else
 * the first named after it. A rule catalogue shows these examples.
 */
public final class RuleExamples {
    private static final String SEPARATOR = " — ";

    private RuleExamples() {
    }

    /**
     * @param files scenario files
     * @return the example text (the scenario's name after the rule id) by rule id
     */
    public static Map<String, String> of(List<ScenarioFile> files) {
        Map<String, String> positive = new LinkedHashMap<>();
        Map<String, String> any = new LinkedHashMap<>();
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                int at = scenario.name().indexOf(SEPARATOR);
                if (at <= 0) {
                    continue;
                }
                String rule = scenario.name().substring(0, at);
                String text = scenario.name().substring(at + SEPARATOR.length());
                any.putIfAbsent(rule, text);
                Expectation expect = scenario.expect();
                boolean shows = expect.fired().contains(rule)
                        || (expect.findings() != null && expect.findings().contains(rule));
                if (shows) {
                    positive.putIfAbsent(rule, text);
                }
            }
        }
        any.putAll(positive);
        return any;
    }
}
