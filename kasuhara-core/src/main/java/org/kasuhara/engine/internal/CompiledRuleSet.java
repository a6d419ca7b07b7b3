package org.kasuhara.engine.internal;

import java.util.List;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.policy.Policies;
import org.kasuhara.text.TextAnalyzer;
import org.kie.api.KieBase;

/**
 * A compiled rule set. The knowledge base is only read after construction: sessions are created from it per
 * assessment, which Drools supports from many threads.
 */
public final class CompiledRuleSet implements RuleSet {
    private final RuleSetRef ref;
    private final Policies policies;
    private final TextAnalyzer analyzer;
    private final List<RuleInfo> rules;
    private final KieBase kieBase;

    CompiledRuleSet(String name, String version, Policies policies, TextAnalyzer analyzer, List<RuleInfo> rules,
                    KieBase kieBase) {
        this.ref = new RuleSetRef(name, version);
        this.policies = policies;
        this.analyzer = analyzer;
        this.rules = List.copyOf(rules);
        this.kieBase = kieBase;
    }

    @Override
    public String name() {
        return ref.name();
    }

    @Override
    public String version() {
        return ref.version();
    }

    @Override
    public RuleSetRef ref() {
        return ref;
    }

    @Override
    public Policies policies() {
        return policies;
    }

    @Override
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    KieBase kieBase() {
        return kieBase;
    }

    @Override
    public String toString() {
        return "RuleSet[" + ref.name() + " " + ref.version() + ", " + rules.size() + " rules]";
    }
}
