// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Drools' report of a mistyped fact field ({@code unable to resolve method using strict-mode:
 * ContactFact.minuts()}) as a plain sentence naming the fields the fact has and the likeliest one meant.
 */
final class UnknownFields {
    private static final Pattern UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private UnknownFields() {
    }

    /** @return the plain message in both languages, or {@code null} when the message is about something else */
    static Bilingual explain(String droolsMessage) {
        Matcher m = UNRESOLVED.matcher(droolsMessage);
        if (!m.find()) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(m.group(1), false, UnknownFields.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        String field = m.group(2);
        List<String> fields = fieldsOf(type);
        if (fields.isEmpty()) {
            return null;
        }
        String closest = fields.stream().min(Comparator.comparingInt(f -> distance(f, field))).orElseThrow();
        String name = type.getSimpleName();
        return new Bilingual(name + " に項目「" + field + "」はありません。「" + closest + "」のことですか？ 項目: " + fields,
                name + " has no field \"" + field + "\"; did you mean \"" + closest + "\"? Its fields: " + fields);
    }

    /** Record components, getters and boolean {@code isX()} methods, as DRL constraints name them. */
    private static List<String> fieldsOf(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
                continue;
            }
            String n = method.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            } else if (type.isRecord()) {
                names.add(n);
            }
        }
        names.removeAll(List.of("class", "hashCode", "toString"));
        return List.copyOf(names);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
