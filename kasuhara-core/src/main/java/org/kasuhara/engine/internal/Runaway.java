// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kasuhara.engine.AssessmentLimits;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.model.RuleFiring;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs a session's rules within {@link AssessmentLimits}: at most {@code maxFirings} firings over all layers, and no
 * firing after the deadline. Exceeding either, or a rule throwing (a {@link StackOverflowError} from a recursive
 * function included), is a {@link RuleExecutionException} naming the rules that fired most.
 *
 * <p>The clock is read before each firing, in the assessing thread, and a late session is halted there. Drools can
 * only stop between two firings, so a timer thread could do no more, and scheduling one per assessment cost a
 * thread wake-up each time (about a tenth of {@code assess()}).
 */
final class Runaway extends DefaultAgendaEventListener {
    private final AssessmentLimits limits;
    private final KieSession session;
    private final FiringRecorder audit;
    private final long deadline;
    private boolean halted;
    private int fired;

    /** Starts the clock and listens to the session's firings until {@link #done()}. */
    Runaway(AssessmentLimits limits, KieSession session, FiringRecorder audit) {
        this.limits = limits;
        this.session = session;
        this.audit = audit;
        this.deadline = System.nanoTime() + limits.deadline().toNanos();
        session.addEventListener(this);
    }

    /** Halts the session instead of firing once the deadline has passed. */
    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (!halted && System.nanoTime() - deadline > 0) {
            halted = true;
            session.halt();
        }
    }

    /** Fires the rules of one layer until none is left, within what is left of the limits. */
    void fireAll() {
        try {
            fired += session.fireAllRules(limits.maxFirings() + 1 - fired);
        } catch (RuntimeException | StackOverflowError e) {
            throw failure("a rule failed while running (" + e.getClass().getSimpleName() + ")",
                    "ルールの実行中にエラーが発生しました（" + e.getClass().getSimpleName() + "）", e);
        }
        if (fired > limits.maxFirings()) {
            throw failure("the rules kept firing: more than " + limits.maxFirings() + " firings",
                    "ルールが発火し続けました（" + limits.maxFirings() + " 回を超えました）", null);
        }
        if (halted) {
            throw failure("the rules ran past the deadline of " + limits.deadline().toMillis() + " ms",
                    "ルールの実行が制限時間（" + limits.deadline().toMillis() + " ms）を超えました", null);
        }
    }

    /** Stops listening; call when the assessment ends, however it ends. */
    void done() {
        session.removeEventListener(this);
    }

    private RuleExecutionException failure(String what, String whatJa, Throwable cause) {
        List<String> top = audit.firings().stream()
                .collect(Collectors.groupingBy(RuleFiring::rule, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + " ×" + e.getValue()).toList();
        String rules = top.isEmpty() ? "" : String.join(", ", top);
        return new RuleExecutionException("assessment stopped: " + what + (rules.isEmpty() ? "" : "; rules: " + rules)
                + " (AssessmentLimits)", "判定を中止しました: " + whatJa + (rules.isEmpty() ? "" : "。ルール: " + rules),
                top.stream().map(s -> s.substring(0, s.lastIndexOf(" ×"))).toList(), cause);
    }
}
