package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.kasuhara.model.RuleFiring;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/** Records, for one assessment, every rule that fired and the facts it matched: the audit trail. */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final List<RuleFiring> firings = new ArrayList<>();

    /** Before the consequence runs, so facts are described as the rule matched them, not as it changed them. */
    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        Object id = match.getRule().getMetaData().get("id");
        List<Object> objects = match.getObjects();
        List<String> facts = new ArrayList<>(objects.size());
        for (Object fact : objects) {
            // Patterns like "exists" or "not" match Drools' internal initial fact: nothing to describe.
            if (!fact.getClass().getSimpleName().equals("InitialFactImpl")) {
                facts.add(FactDescriptions.describe(fact));
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

    List<RuleFiring> firings() {
        return firings;
    }
}
