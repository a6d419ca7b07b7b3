// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.engine.RuleProblem;

/**
 * Keeps the errors a person must fix and drops the ones Drools derives from them: a mistyped fact type is
 * followed by errors on every expression that uses its bindings, and by line-less internal messages. Within one
 * rule, an unresolved type is the cause of everything else reported for that rule.
 */
final class DrlProblems {
    private static final String ROOT_CAUSE = "Unable to resolve ObjectType";
    private static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*rule\\s");

    private DrlProblems() {
    }

    static List<RuleProblem> causes(List<RuleProblem> reported, Map<String, String> texts) {
        Map<String, List<RuleProblem>> byRule = new TreeMap<>();
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem problem : reported) {
            byRule.computeIfAbsent(problem.file() + "@" + ruleStart(texts.get(problem.file()), problem.line()),
                    k -> new ArrayList<>()).add(problem);
        }
        for (List<RuleProblem> rule : byRule.values()) {
            boolean typeUnknown = rule.stream().anyMatch(p -> p.message().startsWith(ROOT_CAUSE));
            boolean located = rule.stream().anyMatch(p -> p.line() > 0);
            rule.stream().filter(p -> !typeUnknown || p.message().startsWith(ROOT_CAUSE))
                    .filter(p -> !located || p.line() > 0).forEach(kept::add);
        }
        if (kept.stream().anyMatch(p -> p.line() > 0)) {
            kept.removeIf(p -> p.line() == 0 && kept.stream().anyMatch(o -> o.file().equals(p.file()) && o.line() > 0));
        }
        kept.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return kept;
    }

    /** The line of the {@code rule} keyword that encloses {@code line}, or 0 outside any rule. */
    private static int ruleStart(String text, int line) {
        if (text == null || line <= 0) {
            return 0;
        }
        int start = 0;
        Matcher m = RULE_LINE.matcher(text);
        while (m.find()) {
            int current = RuleMetadata.lineAt(text, m.start());
            if (current > line) {
                break;
            }
            start = current;
        }
        return start;
    }
}
