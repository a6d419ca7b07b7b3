// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.facts.CallFact;
import org.kasuhara.calls.facts.CallerOffHours;
import org.kasuhara.calls.facts.MatterCalls;
import org.kasuhara.calls.CallRuleModule;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.spi.FiringRule;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.TextSignal;
import org.kie.api.runtime.KieSession;

/** Runs a rule set's {@code calls/} rules over one call's facts, in a pooled session reset after each run. */
final class CallRuleRunner {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CallRuleRunner() {
    }

    /**
     * @param at the monitor time of the evaluation (a minute mark, or the event's time)
     * @return the alerts the rules raised, not yet deduplicated or stamped
     */
    static List<CallAlert> evaluate(RuleSet rules, Policy policy, OpenCall call, Instant at,
                                    MatterCalls matterCalls, CallerOffHours offHours, List<TextSignal> signals) {
        Instant until = call.end != null && call.end.isBefore(at) ? call.end : at;
        CallFact fact = new CallFact(call.callId, call.matter, call.organization, call.end == null,
                call.minutesAt(until), call.offHours, call.warned, timeRange(call, policy));
        KieSession session = CallRuleModule.rulesOf(rules).newSession();
        session.addEventListener(FiringRule.LISTENER);
        try {
            session.insert(policy);
            session.insert(fact);
            session.insert(matterCalls);
            session.insert(offHours);
            signals.forEach(session::insert);
            session.fireAllRules();
            List<CallAlert> alerts = new ArrayList<>(2);
            for (Object o : session.getObjects(CallAlert.class::isInstance)) {
                alerts.add((CallAlert) o);
            }
            return alerts;
        } finally {
            session.removeEventListener(FiringRule.LISTENER);
            FiringRule.clear();
            session.dispose();
        }
    }

    private static String timeRange(OpenCall call, Policy policy) {
        String start = HH_MM.format(call.start.atZone(policy.zone()));
        return start + "–" + (call.end == null ? "" : HH_MM.format(call.end.atZone(policy.zone())));
    }

    static boolean offHours(Instant start, Policy policy) {
        LocalTime local = start.atZone(policy.zone()).toLocalTime();
        return policy.isOffHours(local);
    }
}
