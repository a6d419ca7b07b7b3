// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.time.Instant;
import java.util.Objects;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;

/**
 * An alert the live monitor raises for a supervisor: which rule, why (evidence), and what to consider doing. An
 * action that restricts the customer (ending the call) is a recommendation for a person to confirm. Carries no
 * caller number: the CRM's call id identifies the call.
 *
 * @param rule              the rule's {@code @id}
 * @param kind              what the alert is about
 * @param behaviour         the rule's {@code @behaviour}
 * @param severity          the rule's {@code @severity}
 * @param source            the rule's {@code @source}
 * @param evidence          what shows it: minutes, counts, a quoted span
 * @param action            the recommended action, or {@code null}
 * @param humanConfirmation whether a person must confirm the action (always, when it restricts the customer)
 * @param callId            the call the alert is about
 * @param matter            the call's matter, or {@code null}
 * @param organization      the organisation, or {@code null}
 * @param chunk             the transcript chunk's sequence number for text alerts, else -1
 * @param at                the monitor time at which the line was crossed ({@code null} until the monitor sets it)
 * @param ruleSet           the version of the rule set that raised it ({@code null} until the monitor sets it)
 */
public record CallAlert(String rule, AlertKind kind, Behaviour behaviour, Severity severity, String source,
                        String evidence, ActionType action, boolean humanConfirmation, String callId,
                        String matter, String organization, int chunk, Instant at, String ruleSet) {
    /** Checks the fields. */
    public CallAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(callId, "callId");
        humanConfirmation = humanConfirmation || (action != null && action.restrictsCustomer());
    }

    /**
     * The same alert, stamped by the monitor.
     *
     * @param time    when the line was crossed, in monitor time
     * @param version the rule set's version
     * @return the stamped alert
     */
    public CallAlert stamped(Instant time, String version) {
        return new CallAlert(rule, kind, behaviour, severity, source, evidence, action, humanConfirmation, callId,
                matter, organization, chunk, time, version);
    }

    /** @return what identifies this alert once per call: the rule, and the chunk and span for text alerts */
    public String dedupKey() {
        return rule + '|' + chunk + '|' + (kind == AlertKind.ABUSIVE_TEXT ? evidence : "");
    }
}
