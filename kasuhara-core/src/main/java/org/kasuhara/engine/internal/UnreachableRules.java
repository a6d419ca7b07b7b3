// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleProblem;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Finds rules that can never fire: a pattern that must match a fact of a type nothing inserts (the engine's
 * facts, findings and what rules insert with {@code new}), or a pattern whose literal conditions contradict each
 * other. A rule written against {@code Contact} instead of {@code ContactFact} compiles, and is silently dead:
 * this says so, with the rule's line.
 */
final class UnreachableRules {
    private static final Pattern INSERTED = Pattern.compile("\\bnew\\s+([A-Za-z_$][\\w$]*)\\s*\\(");

    private UnreachableRules() {
    }

    /** @param host who inserts which facts into sessions of this knowledge base */
    static void check(KieBase base, List<RuleFile> files, List<RuleInfo> rules, FactHost host,
                      List<RuleProblem> problems) {
        Set<String> inserted = insertedByRules(files);
        Map<String, RuleInfo> byName = new HashMap<>();
        rules.forEach(r -> byName.put(r.pkg() + "/" + r.name(), r));
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = byName.get(rule.getPackageName() + "/" + rule.getName());
                if (info == null || !(rule instanceof RuleImpl impl)) {
                    continue;
                }
                Bilingual reason = never(impl.getLhs(), inserted, host);
                if (reason == null) {
                    reason = LiteralConditions.contradiction(impl.getLhs());
                }
                if (reason != null) {
                    problems.add(new Bilingual("このルールは発火しえません: " + reason.ja(),
                            "can never fire: " + reason.en()).at(info.file(), info.line(), info.name()));
                }
            }
        }
    }

    /** Simple names of the types some rule creates ({@code insert(new X(…))}, {@code Evidence.finding}). */
    private static Set<String> insertedByRules(List<RuleFile> files) {
        Set<String> names = new java.util.HashSet<>();
        for (RuleFile file : files) {
            if (RuleFileKinds.isDrl(file.path()) || RuleFileKinds.isDecisionTable(file.path())) {
                Matcher m = INSERTED.matcher(file.text());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Why the element can never match, or {@code null}. */
    private static Bilingual never(RuleConditionElement element, Set<String> inserted, FactHost host) {
        if (element instanceof GroupElement group) {
            if (group.isNot()) {
                return null;
            }
            Bilingual first = null;
            for (RuleConditionElement child : group.getChildren()) {
                Bilingual reason = never(child, inserted, host);
                if (group.isOr() && reason == null) {
                    return null;
                }
                if (reason != null && first == null) {
                    first = reason;
                    if (!group.isOr()) {
                        return first;
                    }
                }
            }
            return first;
        }
        if (element instanceof org.drools.base.rule.Pattern pattern && pattern.getSource() == null
                && pattern.getObjectType() instanceof ClassObjectType type) {
            Class<?> matched = type.getClassType();
            if (!FactTypes.canBeInserted(matched, inserted, host.types())) {
                String name = matched.getSimpleName();
                return new Bilingual(name + " のファクトを挿入するものがありません（" + host.ja()
                        + "が挿入するのは " + FactTypes.describe(host.types()) + "、ルールは new で作ったものを挿入します）",
                        "nothing inserts " + name + " facts; the " + host.en() + " inserts "
                                + FactTypes.describe(host.types())
                                + ", and rules insert what they create with new");
            }
        }
        return null;
    }
}
