package org.kasuhara.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * One golden case: an input case and what the default rules must make of it.
 *
 * @param rule        the rule this case is the golden case of
 * @param description what the case shows, in plain words
 * @param input       the case, contract v1
 * @param expect      the expected assessment
 */
record GoldenCase(String rule, String description, @JsonProperty("case") JsonNode input, Expect expect) {

    /**
     * Expected outcome; absent fields are not checked.
     *
     * @param verdict    the verdict
     * @param severity   the case's severity
     * @param police     the police flag
     * @param accepted   whether the message is accepted
     * @param findings   rule ids that must be among the findings
     * @param noFindings rule ids that must not be among the findings
     * @param actions    action types that must be recommended
     * @param noActions  action types that must not be recommended
     */
    record Expect(Verdict verdict, Severity severity, Boolean police, Boolean accepted, List<String> findings,
                  List<String> noFindings, List<ActionType> actions, List<ActionType> noActions) {
    }
}
