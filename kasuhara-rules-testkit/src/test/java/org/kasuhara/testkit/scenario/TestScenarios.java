// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.nio.file.Path;
import java.util.Map;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;

/** A small rule set with one rule no scenario below exercises, and scenario texts for it. */
public final class TestScenarios {
    /** The engine tests' rules, and one more that no scenario below exercises ({@code T-CONF-2}, line 14). */
    private static final Map<String, String> FILES = Map.of(
            "signals/time.drl", TestRuleSets.CONFINEMENT + """

                    rule "Staying after being asked to leave three times is refusal to leave"
                        @id("T-CONF-2") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
                    when
                        $c : ContactFact(exitRequests >= 3)
                    then
                        insert(Evidence.finding(kcontext, $c.exitRequests() + " requests"));
                    end
                    """,
            "verdict/verdict.drl", TestRuleSets.VERDICT);

    /** Two scenarios: a 74-minute call (harassment) and a 10-minute call (legitimate). */
    public static final String YAML = """
            # 通話の長さ / call length
            scenarios:
              - name: a 74-minute call is confinement
                description: CCAJ-2025 counts a call of 60 minutes or more
                given:
                  id: C-1
                  receivedAt: 2026-11-20T14:03:00+09:00
                  channel: PHONE
                  contacts:
                    - channel: PHONE
                      start: 2026-11-20T14:03:00+09:00
                      end: 2026-11-20T15:17:00+09:00
                expect:
                  verdict: CUSTOMER_HARASSMENT
                  severity: HIGH
                  police: false
                  findings: [T-CONF-1]
                  fired: [T-VRD-1]
                  actions: [END_CONTACT_AFTER_WARNING]
              - name: a 10-minute call is a legitimate complaint
                given:
                  id: C-2
                  receivedAt: 2026-11-20T14:03:00+09:00
                  channel: PHONE
                  contacts:
                    - channel: PHONE
                      start: 2026-11-20T14:00:00+09:00
                      end: 2026-11-20T14:10:00+09:00
                expect:
                  verdict: LEGITIMATE_COMPLAINT
                  findings: []
                  absent: [T-CONF-1]
                  absentActions: [END_CONTACT_AFTER_WARNING]
            """;

    private TestScenarios() {
    }

    public static RuleSet ruleSet(Path dir) {
        return RuleSet.compile(RuleSource.directory(write(dir)));
    }

    /** @return the folder holding the rule set's files */
    public static Path write(Path dir) {
        return TestRuleSets.write(dir, "scenario-test-rules", FILES);
    }
}
