// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;

/**
 * Finds a pattern whose conditions on one field, compared with literal numbers or constants, cannot all hold:
 * {@code minutes > 60, minutes < 30} or {@code channel == Channel.PHONE, channel == Channel.EMAIL}. Conditions
 * against bindings and thresholds ({@code minutes >= $limit}) are not judged.
 */
final class LiteralConditions {
    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*(\\w+)\\s*(==|!=|>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?|[A-Z]\\w*\\.[A-Z_][A-Z0-9_]*|\"[^\"]*\")\\s*$");

    private LiteralConditions() {
    }

    /** @return why the rule's conditions contradict each other, or {@code null} */
    static Bilingual contradiction(RuleConditionElement element) {
        if (element instanceof GroupElement group) {
            if (group.isNot()) {
                return null;
            }
            for (RuleConditionElement child : group.getChildren()) {
                Bilingual reason = contradiction(child);
                if (reason != null && !group.isOr()) {
                    return reason;
                }
            }
            return null;
        }
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            return contradiction(pattern);
        }
        return null;
    }

    private static Bilingual contradiction(org.drools.base.rule.Pattern pattern) {
        Map<String, Range> ranges = new HashMap<>();
        Map<String, String> equals = new HashMap<>();
        for (Constraint constraint : pattern.getConstraints()) {
            if (!(constraint instanceof MVELConstraint mvel)) {
                continue;
            }
            for (String part : mvel.getExpression().split("&&")) {
                Matcher m = COMPARISON.matcher(part);
                if (!m.matches()) {
                    continue;
                }
                String field = m.group(1);
                String operator = m.group(2);
                String value = m.group(3);
                if (operator.equals("==") && !value.matches("-?\\d.*")) {
                    String before = equals.putIfAbsent(field, value);
                    if (before != null && !before.equals(value)) {
                        return new Bilingual(field + " が " + before + " と " + value + " の両方になることはありません",
                                field + " cannot be both " + before + " and " + value);
                    }
                } else if (value.matches("-?\\d.*")) {
                    Range range = ranges.computeIfAbsent(field, f -> new Range());
                    range.narrow(operator, Double.parseDouble(value), part.strip());
                    if (range.isEmpty()) {
                        return new Bilingual(field + " の条件 " + range.conditions + " を同時に満たす値はありません",
                                "the conditions " + range.conditions + " on " + field + " cannot all hold");
                    }
                }
            }
        }
        return null;
    }

    /** The values a field may take, as far as its literal bounds tell. */
    private static final class Range {
        private double low = Double.NEGATIVE_INFINITY;
        private boolean lowOpen;
        private double high = Double.POSITIVE_INFINITY;
        private boolean highOpen;
        private final java.util.List<String> conditions = new java.util.ArrayList<>();

        void narrow(String operator, double value, String text) {
            conditions.add(text);
            switch (operator) {
                case ">" -> raise(value, true);
                case ">=" -> raise(value, false);
                case "<" -> lower(value, true);
                case "<=" -> lower(value, false);
                case "==" -> {
                    raise(value, false);
                    lower(value, false);
                }
                default -> { }
            }
        }

        private void raise(double value, boolean open) {
            if (value > low || (value == low && open)) {
                low = value;
                lowOpen = open;
            }
        }

        private void lower(double value, boolean open) {
            if (value < high || (value == high && open)) {
                high = value;
                highOpen = open;
            }
        }

        boolean isEmpty() {
            return low > high || (low == high && (lowOpen || highOpen));
        }
    }
}
