// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import org.kasuhara.engine.facts.Outcome;
import org.kasuhara.model.Finding;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.TextSignal;

/**
 * Describes matched facts for the audit trail without personal data. Records are described by their components,
 * leaving out those that hold free text or people (a customer's words may name a member of staff); any other
 * type, including types declared in DRL, by its name alone, since its fields are unknown.
 */
final class FactDescriptions {
    /** Components that hold free text or identify people. */
    private static final Set<String> PRIVATE = Set.of("excerpt", "text", "note", "staff", "name", "phone", "email",
            "evidence", "customerRef", "start", "end");
    /** Collected lists (DRL {@code collect}) are described up to this many elements. */
    private static final int LIST_LIMIT = 3;
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            return java.util.Arrays.stream(all).filter(c -> !PRIVATE.contains(c.getName()))
                    .toArray(RecordComponent[]::new);
        }
    };

    private FactDescriptions() {
    }

    static String describe(Object fact) {
        StringBuilder out = new StringBuilder(64);
        append(out, fact);
        return out.toString();
    }

    private static void append(StringBuilder out, Object fact) {
        if (fact instanceof Finding f) {
            out.append("Finding[rule=").append(f.rule()).append(", behaviour=").append(f.behaviour())
                    .append(", severity=").append(f.severity()).append(']');
        } else if (fact instanceof Outcome o) {
            out.append("Outcome[verdict=").append(o.getVerdict()).append(", police=").append(o.isPolice())
                    .append(']');
        } else if (fact instanceof Policy) {
            // Twelve settings on every rule that reads one threshold: the rule's bound values say which it used.
            out.append("Policy");
        } else if (fact instanceof TextSignal t) {
            // The most frequent fact (collected by the word rules): written out directly, without reflection.
            out.append("TextSignal[contact=").append(t.contact()).append(", category=").append(t.category())
                    .append(", term=").append(t.term()).append(", span=").append(t.start()).append('–')
                    .append(t.end()).append(']');
        } else if (fact instanceof Collection<?> list) {
            appendList(out, list);
        } else if (fact != null && fact.getClass().isRecord()) {
            appendRecord(out, fact);
        } else {
            out.append(fact == null ? "null" : fact.getClass().getSimpleName());
        }
    }

    private static void appendList(StringBuilder out, Collection<?> list) {
        out.append('[');
        Iterator<?> it = list.iterator();
        for (int i = 0; it.hasNext() && i < LIST_LIMIT; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, it.next());
        }
        if (list.size() > LIST_LIMIT) {
            out.append(", … (+").append(list.size() - LIST_LIMIT).append(')');
        }
        out.append(']');
    }

    private static void appendRecord(StringBuilder out, Object fact) {
        out.append(fact.getClass().getSimpleName()).append('[');
        RecordComponent[] components = COMPONENTS.get(fact.getClass());
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(components[i].getName()).append('=');
            try {
                out.append(components[i].getAccessor().invoke(fact));
            } catch (ReflectiveOperationException e) {
                out.append('?');
            }
        }
        out.append(']');
    }
}
