// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.facts.CallerOffHours;
import org.kasuhara.calls.facts.MatterCalls;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.TextSignal;

/**
 * One evaluation of a call against its caller's history: counts the repeats and off-hours calls within the
 * policy's window, runs the {@code calls/} rules and keeps the alerts the call has not raised yet, stamped. Shared
 * by the in-memory monitor and by hosts that keep each caller's state elsewhere (a Kafka Streams store).
 */
final class CallEvaluation {
    private CallEvaluation() {
    }

    /**
     * @param history the caller's history, or {@code null} when none is kept
     * @return the new alerts, in rule order; the call remembers them
     */
    static List<CallAlert> evaluate(RuleSet ruleSet, OpenCall call, CallerHistory history, Instant at,
                                    List<TextSignal> signals) {
        Policy policy = ruleSet.policies().forOrganization(call.organization);
        long start = call.start.getEpochSecond();
        long from = start - policy.repeatWindowDays() * 86_400L;
        int matterCount = history == null ? 1 : history.countMatter(OpenCall.hash(call.matter), from, start);
        int offHours = history == null ? (call.offHours ? 1 : 0) : history.countOffHours(from, start);
        List<CallAlert> raised = CallRuleRunner.evaluate(ruleSet, policy, call, at,
                new MatterCalls(call.matter, matterCount, policy.repeatWindowDays()),
                new CallerOffHours(offHours, policy.repeatWindowDays()), signals);
        raised.sort((a, b) -> a.rule().compareTo(b.rule()));
        List<CallAlert> fresh = new ArrayList<>(raised.size());
        for (CallAlert alert : raised) {
            if (call.alerted.add(alert.dedupKey())) {
                if (alert.kind() == AlertKind.CONFINEMENT_APPROACHING) {
                    call.warned = true;
                }
                fresh.add(alert.stamped(at, ruleSet.version()));
            }
        }
        return fresh;
    }
}
