// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.catalogue.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;
import org.kasuhara.policy.Policy;

/** Writes a rule set's catalogue in Markdown, Japanese first: one section per package, one table per rule. */
public final class RuleCatalogueWriter {
    private final RuleSet ruleSet;
    private final GuidelineCatalogue catalogue;
    private final Map<String, String> examples;
    private final StringBuilder out = new StringBuilder(16_384);

    /**
     * @param ruleSet   the rule set
     * @param catalogue behaviour names and source titles
     * @param examples  an example per rule id
     */
    public RuleCatalogueWriter(RuleSet ruleSet, GuidelineCatalogue catalogue, Map<String, String> examples) {
        this.ruleSet = ruleSet;
        this.catalogue = catalogue;
        this.examples = examples;
    }

    /** @return the document */
    public String write() {
        List<RuleInfo> rules = ruleSet.rules();
        out.append("# ルール一覧 / Rule catalogue: ").append(ruleSet.name()).append("\n\n");
        out.append("<!-- ルールのメタデータから生成。手で編集しないでください / Generated from the rules' metadata;"
                + " do not edit by hand. -->\n\n");
        out.append("ルール").append(rules.size()).append("件。しきい値の値は policy.yaml の defaults です。\n")
                .append(rules.size()).append(" rules. Threshold values are policy.yaml's defaults.\n");
        Map<String, List<RuleInfo>> byPackage = rules.stream()
                .collect(Collectors.groupingBy(RuleInfo::pkg, java.util.TreeMap::new, Collectors.toList()));
        byPackage.forEach(this::section);
        return out.toString();
    }

    private void section(String pkg, List<RuleInfo> rules) {
        out.append("\n## ").append(pkg).append(": ").append(switch (pkg) {
            case "signals" -> "判定材料を導くルール / rules that derive findings";
            case "verdict" -> "判定・通報・推奨対応を決めるルール / rules that decide verdict, police and actions";
            case "calls" -> "通話中のアラートのルール（通話モニター）/ live call-alert rules (call monitor)";
            default -> "その他のルール / other rules";
        }).append("\n");
        rules.forEach(this::rule);
    }

    private void rule(RuleInfo rule) {
        out.append("\n### ").append(rule.id()).append(": ").append(rule.nameJa() == null ? rule.name()
                : rule.nameJa() + " / " + rule.name()).append("\n\n");
        out.append("| | |\n|---|---|\n");
        if (rule.behaviour() != null) {
            var info = catalogue.behaviour(Behaviour.valueOf(rule.behaviour()));
            row("行為 / Behaviour", info.nameJa() + " / " + info.nameEn() + " (`" + rule.behaviour() + "`)");
        }
        if (rule.severity() != null) {
            Severity severity = Severity.valueOf(rule.severity());
            row("重大度 / Severity", severity.labelJa() + " / " + severity.labelEn());
        }
        row("出典 / Source", rule.source() + catalogue.source(rule.source())
                .map(s -> ": " + s.titleJa() + " / " + s.titleEn()).orElse(""));
        if (!rule.thresholds().isEmpty()) {
            Policy policy = ruleSet.policies().defaultPolicy();
            row("しきい値 / Thresholds", rule.thresholds().stream().map(k -> "`" + k + "` = " + valueOf(policy, k))
                    .collect(Collectors.joining(", ")));
        }
        String example = examples.get(rule.id());
        if (example != null) {
            row("例 / Example", example);
        }
        row("ファイル / File", "`" + rule.file() + ":" + rule.line() + "`");
    }

    private void row(String label, String value) {
        out.append("| ").append(label).append(" | ").append(value.replace("|", "\\|").replace("\n", " "))
                .append(" |\n");
    }

    private static Object valueOf(Policy policy, String key) {
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            if (component.getName().equals(key)) {
                try {
                    return component.getAccessor().invoke(policy);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Policy." + key, e);
                }
            }
        }
        return "?";
    }
}
