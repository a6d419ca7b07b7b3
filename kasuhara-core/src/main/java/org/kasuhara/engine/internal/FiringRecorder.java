// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.model.RuleFiring;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/** Records, for one assessment, every rule that fired and the facts it matched: the audit trail. */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final List<RuleFiring> firings = new ArrayList<>();
    /** Descriptions of the records matched so far: a record cannot change, and one signal may match many rules. */
    private final Map<Object, String> described = new IdentityHashMap<>();

    /** Before the consequence runs, so facts are described as the rule matched them, not as it changed them. */
    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        Object id = match.getRule().getMetaData().get("id");
        List<Object> objects = match.getObjects();
        List<String> facts = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            Object fact = objects.get(i);
            // Patterns like "exists" or "not" match Drools' internal initial fact: nothing to describe. A fact that
            // several patterns match (the verdict table's axes) is described once.
            if (!fact.getClass().getSimpleName().equals("InitialFactImpl") && !matchedBefore(objects, i)) {
                facts.add(fact instanceof Record ? described.computeIfAbsent(fact, FactDescriptions::describe)
                        : FactDescriptions.describe(fact));
            }
        }
        for (String declaration : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(declaration);
            // Bound thresholds and counts ($limit : confinementMinutes); never strings, which may quote a person.
            if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                    || value instanceof java.time.temporal.TemporalAccessor) {
                facts.add(declaration + "=" + value);
            }
        }
        firings.add(new RuleFiring(id == null ? match.getRule().getName() : id.toString(), facts));
    }

    private static boolean matchedBefore(List<Object> objects, int index) {
        for (int i = 0; i < index; i++) {
            if (objects.get(i) == objects.get(index)) {
                return true;
            }
        }
        return false;
    }

    List<RuleFiring> firings() {
        return firings;
    }
}
