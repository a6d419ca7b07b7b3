// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kasuhara.engine.RuleFile;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kasuhara.engine.RuleProblem;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the DRL files of a rule set into fresh knowledge bases. A new {@link KnowledgeBuilder} per
 * compilation keeps builds independent (no shared ReleaseId).
 *
 * Each plug-in module's folder (the live call monitor's {@code calls/}, say) compiles into a knowledge base of its
 * own: its rules match other facts than a case's, and an assessment must not pay for them (nor a module's host for
 * the triage rules).
 *
 * @param kieBase     the knowledge base of the triage rules, or {@code null} when a file did not compile
 * @param moduleBases the knowledge bases of the modules' folders that hold rules, by folder; empty when a file did
 *                    not compile
 */
record DrlCompilation(KieBase kieBase, Map<String, KieBase> moduleBases) {
    /** The group of the triage rules in {@link #groups}. */
    static final String TRIAGE = "";
    private static final String PARSER_ECHO = "Parser returned a null Package";

    /**
     * @param modules folders that compile into knowledge bases of their own
     * @param skipped folders left uncompiled (declared modules that no installed module claims)
     */
    static DrlCompilation compile(List<RuleFile> files, Set<String> modules, Set<String> skipped,
                                  String ruleSetVersion, List<RuleProblem> problems) {
        Map<String, List<RuleFile>> groups = groups(files, modules, skipped);
        KieBase kieBase = compile(groups.get(TRIAGE), ruleSetVersion, problems, true);
        Map<String, KieBase> bases = new LinkedHashMap<>();
        groups.forEach((folder, rules) -> {
            if (!folder.equals(TRIAGE)) {
                KieBase base = compile(rules, ruleSetVersion, problems, false);
                if (base != null) {
                    bases.put(folder, base);
                }
            }
        });
        return new DrlCompilation(kieBase, problems.isEmpty() ? Map.copyOf(bases) : Map.of());
    }

    /**
     * The rule files (DRL and decision tables) of each knowledge base, the triage rules under {@link #TRIAGE}.
     *
     * @param modules folders that compile into knowledge bases of their own
     * @param skipped folders left uncompiled
     */
    static Map<String, List<RuleFile>> groups(List<RuleFile> files, Set<String> modules, Set<String> skipped) {
        Map<String, List<RuleFile>> groups = new LinkedHashMap<>();
        groups.put(TRIAGE, new ArrayList<>());
        for (RuleFile file : files) {
            String folder = RuleFileKinds.topFolder(file.path());
            if (skipped.contains(folder) || !(RuleFileKinds.isDrl(file.path())
                    || RuleFileKinds.isDecisionTable(file.path()))) {
                continue;
            }
            groups.computeIfAbsent(modules.contains(folder) ? folder : TRIAGE, f -> new ArrayList<>()).add(file);
        }
        return groups;
    }

    /**
     * @param rules the rule files of one knowledge base
     * @return a builder that has compiled them (check {@link KnowledgeBuilder#hasErrors()})
     */
    static KnowledgeBuilder build(List<RuleFile> rules) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : rules) {
            builder.add(ResourceFactory.newByteArrayResource(file.content()).setSourcePath(file.path()),
                    ResourceType.DRL);
        }
        return builder;
    }

    /**
     * Takes the knowledge base packaged with Kasuhara for exactly these files, else the cached one, else compiles.
     *
     * @return the knowledge base, or {@code null} when the files hold no rules or do not compile
     */
    private static KieBase compile(List<RuleFile> rules, String ruleSetVersion, List<RuleProblem> problems,
                                   boolean required) {
        if (rules.isEmpty()) {
            if (required) {
                problems.add(new Bilingual(".drl ファイルも決定表もありません: ルールセットにはルールが必要です",
                        "no .drl files or decision tables: a rule set needs rules").at("signals/", 0, null));
            }
            return null;
        }
        KieBase packaged = PackagedRuleSets.onClassPath().load(ruleSetVersion, rules);
        if (packaged != null) {
            return packaged;
        }
        CompiledRuleCache cache = CompiledRuleCache.configured();
        String key = cache == null ? null : CompiledRuleCache.key(rules);
        KieBase cached = cache == null ? null : cache.load(key);
        if (cached != null) {
            return cached;
        }
        KnowledgeBuilder builder = build(rules);
        if (builder.hasErrors()) {
            List<RuleProblem> reported = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                // Drools follows every syntax error with this line-less echo; the real error is already listed.
                if (!error.getMessage().contains(PARSER_ECHO)) {
                    reported.add(problem(error));
                }
            }
            Map<String, String> texts = new HashMap<>();
            rules.forEach(f -> texts.put(f.path(), f.text()));
            problems.addAll(DrlProblems.causes(reported, texts));
            return null;
        }
        if (cache != null) {
            cache.store(key, builder.getKnowledgePackages());
        }
        return builder.newKieBase();
    }

    private static RuleProblem problem(KnowledgeBuilderError error) {
        String file = error.getResource() == null || error.getResource().getSourcePath() == null ? "?"
                : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : lines[0];
        String rule = null;
        // Errors in a constraint's expression (an unknown enum constant, say) carry no line: the rule has one.
        if (error instanceof DescrBuildError built && built.getParentDescr() instanceof RuleDescr parent) {
            rule = parent.getName();
            if (line <= 0) {
                line = parent.getLine();
            }
        }
        String message = error.getMessage().strip();
        Bilingual plain = UnknownFields.explain(message);
        if (plain != null) {
            return plain.at(file, Math.max(line, 0), rule);
        }
        return new RuleProblem(file, Math.max(line, 0), rule, message, "DRL のエラー（Drools の英語メッセージ）: " + message);
    }
}
