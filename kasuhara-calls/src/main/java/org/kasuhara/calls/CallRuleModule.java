// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.util.List;
import org.kasuhara.calls.facts.CallFact;
import org.kasuhara.calls.facts.CallerOffHours;
import org.kasuhara.calls.facts.MatterCalls;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.spi.ModuleRules;
import org.kasuhara.engine.spi.RuleModule;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.TextSignal;

/**
 * The live call monitor's rules: the {@code calls/} folder of a rule set, compiled into a knowledge base of their
 * own and matched against the facts the monitor inserts. Installed through {@link java.util.ServiceLoader}
 * whenever {@code kasuhara-calls} is on the class path, so every rule set compiled there — by an engine, a
 * watcher's reload or {@code kasuhara rules check} — checks and compiles its call rules.
 */
public final class CallRuleModule implements RuleModule {
    /** The rule set's folder of call-alert rules. */
    public static final String FOLDER = "calls";
    private static final List<Class<?>> FACTS = List.of(Policy.class, CallFact.class, MatterCalls.class,
            CallerOffHours.class, TextSignal.class, CallAlert.class);
    private static final CallRuleModule INSTANCE = new CallRuleModule();

    /** For {@link java.util.ServiceLoader}; the module holds no state. */
    public CallRuleModule() {
    }

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public List<Class<?>> factTypes() {
        return FACTS;
    }

    @Override
    public String host(boolean japanese) {
        return japanese ? "通話モニター" : "call monitor";
    }

    @Override
    public List<String> resultMarkers() {
        return List.of("CallAlerts.");
    }

    /**
     * @param ruleSet a compiled rule set
     * @return its call-alert rules
     * @throws IllegalStateException when it has none
     */
    public static ModuleRules rulesOf(RuleSet ruleSet) {
        return ruleSet.moduleRules(INSTANCE).orElseThrow(() -> new IllegalStateException(
                "rule set " + ruleSet.name() + " has no call-alert rules (calls/*.drl)"));
    }
}
