// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.List;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.FieldViolation;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * What an assessment must show. Every field is optional; an absent field is not checked, but a scenario must
 * check at least one thing.
 *
 * @param verdict       the expected verdict, or {@code null}
 * @param severity      the expected overall severity, or {@code null}
 * @param police        whether a police report is expected, or {@code null}
 * @param accepted      whether the message is expected to be accepted, or {@code null}
 * @param findings      exactly the rule ids of the expected findings, in any order ({@code []}: no finding at
 *                      all), or {@code null} when the findings are not checked
 * @param absent        rule ids that must not be among the findings
 * @param fired         rule ids (of any layer, verdict rules included) that must have fired
 * @param actions       actions that must be among the recommended ones (others may be recommended too)
 * @param absentActions actions that must not be recommended
 */
public record Expectation(Verdict verdict, Severity severity, Boolean police, Boolean accepted,
                          List<String> findings, List<String> absent, List<String> fired,
                          List<ActionType> actions, List<ActionType> absentActions) {

    /** Copies the lists; {@code findings} stays {@code null} when absent, the other lists become empty. */
    public Expectation {
        findings = findings == null ? null : copy(findings, "findings");
        absent = absent == null ? List.of() : copy(absent, "absent");
        fired = fired == null ? List.of() : copy(fired, "fired");
        actions = actions == null ? List.of() : copy(actions, "actions");
        absentActions = absentActions == null ? List.of() : copy(absentActions, "absentActions");
    }

    /**
     * An expectation of a verdict alone.
     *
     * @param verdict the expected verdict
     * @return the expectation
     */
    public static Expectation verdict(Verdict verdict) {
        return new Expectation(verdict, null, null, null, null, null, null, null, null);
    }

    /**
     * This expectation with an exact set of findings.
     *
     * @param ruleIds the rule ids of exactly the expected findings
     * @return a new expectation
     */
    public Expectation withFindings(String... ruleIds) {
        return new Expectation(verdict, severity, police, accepted, List.of(ruleIds), absent, fired, actions,
                absentActions);
    }

    /** @return {@code true} when nothing at all is checked */
    public boolean isEmpty() {
        return verdict == null && severity == null && police == null && accepted == null && findings == null
                && absent.isEmpty() && fired.isEmpty() && actions.isEmpty() && absentActions.isEmpty();
    }

    private static <T> List<T> copy(List<T> values, String field) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new FieldViolation(field + "[" + i + "]", "must not be empty");
            }
        }
        return List.copyOf(values);
    }
}
