// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.facts;

import java.util.Map;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;
import org.kasuhara.text.TextSignal;
import org.kasuhara.engine.spi.FiringRule;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds alerts in the consequences of call-alert rules from the firing rule's metadata ({@code @id},
 * {@code @source}, {@code @behaviour}, {@code @severity}), as {@code Evidence} does for findings:
 *
 * <pre>
 * then
 *     insert(CallAlerts.alert(kcontext, $c, AlertKind.CONFINEMENT_REACHED, ActionType.END_CONTACT_AFTER_WARNING,
 *             $c.minutes() + " min"));
 * </pre>
 */
public final class CallAlerts {

    private CallAlerts() {
    }

    /**
     * An alert about a call.
     *
     * @param rule     the consequence's {@code kcontext}
     * @param call     the call
     * @param kind     what the alert is about
     * @param action   the recommended action, or {@code null}
     * @param evidence what shows it
     * @return the alert, to insert
     * @throws IllegalStateException when the rule lacks {@code @id}, {@code @source} or {@code @severity}
     */
    public static CallAlert alert(RuleContext rule, CallFact call, AlertKind kind, ActionType action,
                                  String evidence) {
        return alert(rule.getRule(), call, kind, action, evidence, -1);
    }

    /**
     * An alert about a call, by the firing rule (the monitor tracks it with {@link FiringRule}).
     *
     * @param call     the call
     * @param kind     what the alert is about
     * @param action   the recommended action, or {@code null}
     * @param evidence what shows it
     * @return the alert, to insert
     * @throws IllegalStateException when the rule lacks {@code @id}, {@code @source} or {@code @severity}
     */
    public static CallAlert alert(CallFact call, AlertKind kind, ActionType action, String evidence) {
        return alert(FiringRule.current(), call, kind, action, evidence, -1);
    }

    /**
     * An alert about words in a transcript chunk: the evidence is the quoted span.
     *
     * @param rule   the consequence's {@code kcontext}
     * @param call   the call
     * @param signal the signal that matched
     * @param action the recommended action, or {@code null}
     * @return the alert, to insert
     */
    public static CallAlert text(RuleContext rule, CallFact call, TextSignal signal, ActionType action) {
        return text(rule.getRule(), call, signal, action);
    }

    /**
     * An alert, by the firing rule, about words in a transcript chunk: the evidence is the quoted span.
     *
     * @param call   the call
     * @param signal the signal that matched
     * @param action the recommended action, or {@code null}
     * @return the alert, to insert
     */
    public static CallAlert text(CallFact call, TextSignal signal, ActionType action) {
        return text(FiringRule.current(), call, signal, action);
    }

    private static CallAlert text(Rule rule, CallFact call, TextSignal signal, ActionType action) {
        String evidence = "「" + signal.excerpt() + "」 (chunk " + signal.contact() + " " + signal.start() + "–"
                + signal.end() + ", " + signal.category() + ")";
        return alert(rule, call, AlertKind.ABUSIVE_TEXT, action, evidence, signal.contact());
    }

    private static CallAlert alert(Rule rule, CallFact call, AlertKind kind, ActionType action,
                                   String evidence, int chunk) {
        Map<String, Object> meta = rule.getMetaData();
        Object behaviour = meta.get("behaviour");
        return new CallAlert(required(rule, meta, "id"), kind,
                behaviour == null ? null : Behaviour.valueOf(behaviour.toString()),
                Severity.valueOf(required(rule, meta, "severity")), required(rule, meta, "source"), evidence, action,
                false, call.callId(), call.matter(), call.organization(), chunk, null, null);
    }

    private static String required(Rule rule, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key);
        }
        return value.toString();
    }
}
