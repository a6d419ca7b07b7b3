package org.kasuhara.engine.facts;

import java.util.Map;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Severity;
import org.kasuhara.text.TextSignal;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds findings in rule consequences from the firing rule's metadata, so the rule's {@code @id},
 * {@code @source}, {@code @behaviour} and {@code @severity} are written once, in the rule header:
 *
 * <pre>
 * then
 *     insert(Evidence.finding(kcontext, "call of " + $c.minutes() + " min"));
 * </pre>
 */
public final class Evidence {

    private Evidence() {
    }

    /**
     * A finding from the rule's metadata.
     *
     * @param rule     the consequence's {@code kcontext}
     * @param evidence what shows the behaviour
     * @return the finding, to insert
     * @throws IllegalStateException when the rule lacks {@code @behaviour} or {@code @severity}
     */
    public static Finding finding(RuleContext rule, String evidence) {
        Map<String, Object> meta = rule.getRule().getMetaData();
        return finding(rule, Behaviour.valueOf(required(rule, meta, "behaviour")), evidence, null);
    }

    /**
     * A finding from a text signal: the evidence is the quoted span, with its offsets.
     *
     * @param rule   the consequence's {@code kcontext}
     * @param signal the signal that matched
     * @return the finding, to insert
     */
    public static Finding finding(RuleContext rule, TextSignal signal) {
        Map<String, Object> meta = rule.getRule().getMetaData();
        return finding(rule, Behaviour.valueOf(required(rule, meta, "behaviour")), quote(signal), span(signal));
    }

    /**
     * A finding for a behaviour the rule does not fix in its metadata (e.g. one a member of staff ticked).
     *
     * @param rule      the consequence's {@code kcontext}
     * @param behaviour the behaviour
     * @param evidence  what shows it
     * @param span      where in a contact's text, or {@code null}
     * @return the finding, to insert
     */
    public static Finding finding(RuleContext rule, Behaviour behaviour, String evidence, Finding.Span span) {
        Map<String, Object> meta = rule.getRule().getMetaData();
        return new Finding(required(rule, meta, "id"), behaviour,
                Severity.valueOf(required(rule, meta, "severity")), evidence, required(rule, meta, "source"), span);
    }

    /**
     * Marks the message not accepted because of a signal in the customer's own words.
     *
     * @param rule   the consequence's {@code kcontext}
     * @param signal the threatening or slanderous span
     * @return the fact, to insert
     */
    public static MessageNotAccepted notAccepted(RuleContext rule, TextSignal signal) {
        return new MessageNotAccepted(required(rule, rule.getRule().getMetaData(), "id"),
                "「" + signal.excerpt() + "」 in contacts[" + signal.contact() + "]");
    }

    /**
     * A finding from several text signals of one kind (e.g. narrated outbursts), quoting the earliest.
     *
     * @param rule    the consequence's {@code kcontext}
     * @param signals the signals, at least one (a DRL {@code collect} list)
     * @param what    what the signals are, e.g. {@code "narrated outbursts"}
     * @return the finding, to insert
     */
    public static Finding finding(RuleContext rule, java.util.Collection<?> signals, String what) {
        TextSignal first = signals.stream().map(TextSignal.class::cast)
                .min(java.util.Comparator.comparingInt(TextSignal::contact).thenComparingInt(TextSignal::start))
                .orElseThrow(() -> new IllegalArgumentException("signals: at least one is needed"));
        Map<String, Object> meta = rule.getRule().getMetaData();
        return finding(rule, Behaviour.valueOf(required(rule, meta, "behaviour")),
                signals.size() + " " + what + ", first " + quote(first), span(first));
    }

    /** The quoted span and where it is: 「excerpt」 (contacts[i] start–end). */
    private static String quote(TextSignal signal) {
        return "「" + signal.excerpt() + "」 (contacts[" + signal.contact() + "] " + signal.start() + "–"
                + signal.end() + ")";
    }

    private static Finding.Span span(TextSignal signal) {
        return new Finding.Span(signal.contact(), signal.start(), signal.end());
    }

    private static String required(RuleContext rule, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" has no @" + key);
        }
        return value.toString();
    }
}
