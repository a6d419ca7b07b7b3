// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import java.util.Map;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Severity;
import org.kasuhara.text.TextSignal;
import org.kasuhara.engine.spi.FiringRule;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds findings in rule consequences from the firing rule's metadata, so the rule's {@code @id},
 * {@code @source}, {@code @behaviour} and {@code @severity} are written once, in the rule header:
 *
 * <pre>
 * then
 *     insert(Evidence.finding("call of " + $c.minutes() + " min"));
 * </pre>
 *
 * The firing rule comes from the engine ({@link FiringRule}); the older forms that take the consequence's
 * {@code kcontext} first still work.
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
        return finding(rule.getRule(), evidence);
    }

    /**
     * A finding from the firing rule's metadata.
     *
     * @param evidence what shows the behaviour
     * @return the finding, to insert
     * @throws IllegalStateException when the rule lacks {@code @behaviour} or {@code @severity}, or outside a rule
     */
    public static Finding finding(String evidence) {
        return finding(FiringRule.current(), evidence);
    }

    private static Finding finding(Rule rule, String evidence) {
        Map<String, Object> meta = rule.getMetaData();
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
        return finding(rule.getRule(), signal);
    }

    /**
     * A finding from a text signal, by the firing rule: the evidence is the quoted span, with its offsets.
     *
     * @param signal the signal that matched
     * @return the finding, to insert
     */
    public static Finding finding(TextSignal signal) {
        return finding(FiringRule.current(), signal);
    }

    private static Finding finding(Rule rule, TextSignal signal) {
        Map<String, Object> meta = rule.getMetaData();
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
        return finding(rule.getRule(), behaviour, evidence, span);
    }

    /**
     * A finding, by the firing rule, for a behaviour the rule does not fix in its metadata.
     *
     * @param behaviour the behaviour
     * @param evidence  what shows it
     * @param span      where in a contact's text, or {@code null}
     * @return the finding, to insert
     */
    public static Finding finding(Behaviour behaviour, String evidence, Finding.Span span) {
        return finding(FiringRule.current(), behaviour, evidence, span);
    }

    private static Finding finding(Rule rule, Behaviour behaviour, String evidence, Finding.Span span) {
        Map<String, Object> meta = rule.getMetaData();
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
        return notAccepted(rule.getRule(), signal);
    }

    /**
     * Marks the message not accepted, by the firing rule, because of a signal in the customer's own words.
     *
     * @param signal the threatening or slanderous span
     * @return the fact, to insert
     */
    public static MessageNotAccepted notAccepted(TextSignal signal) {
        return notAccepted(FiringRule.current(), signal);
    }

    private static MessageNotAccepted notAccepted(Rule rule, TextSignal signal) {
        return new MessageNotAccepted(required(rule, rule.getMetaData(), "id"),
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
        return finding(rule.getRule(), signals, what);
    }

    /**
     * A finding, by the firing rule, from several text signals of one kind, quoting the earliest.
     *
     * @param signals the signals, at least one (a DRL {@code collect} list)
     * @param what    what the signals are, e.g. {@code "narrated outbursts"}
     * @return the finding, to insert
     */
    public static Finding finding(java.util.Collection<?> signals, String what) {
        return finding(FiringRule.current(), signals, what);
    }

    private static Finding finding(Rule rule, java.util.Collection<?> signals, String what) {
        TextSignal first = signals.stream().map(TextSignal.class::cast)
                .min(java.util.Comparator.comparingInt(TextSignal::contact).thenComparingInt(TextSignal::start))
                .orElseThrow(() -> new IllegalArgumentException("signals: at least one is needed"));
        Map<String, Object> meta = rule.getMetaData();
        return finding(rule, Behaviour.valueOf(required(rule, meta, "behaviour")),
                signals.size() + " " + what + ", first " + quote(first), span(first));
    }

    /**
     * Marks the firing rule's finding as a time or count line reached, which the verdict rules weigh with the manner.
     *
     * @return the fact, to insert beside the rule's finding
     */
    public static LineReached lineReached() {
        return new LineReached(firingRuleId());
    }

    /**
     * Marks the firing rule's finding as an outburst the customer took back at once, which the verdict rules weigh
     * with the demand.
     *
     * @return the fact, to insert beside the rule's finding
     */
    public static TakenBack takenBack() {
        return new TakenBack(firingRuleId());
    }

    /**
     * A finding, by the firing rule, for a signal whose sentence the statistical net reads as ordinary talk: the
     * signal's own behaviour at the rule's severity, quoting the span with the score.
     *
     * @param doubt the doubt
     * @return the finding, to insert
     */
    public static Finding doubted(NetDoubt doubt) {
        Rule rule = FiringRule.current();
        TextSignal signal = doubt.signal();
        Behaviour behaviour = signal.behaviour() == null ? Behaviour.MENTAL_ATTACK : signal.behaviour();
        return finding(rule, behaviour, quote(signal) + ": " + doubt.describe(), span(signal));
    }

    private static String firingRuleId() {
        Rule rule = FiringRule.current();
        return required(rule, rule.getMetaData(), "id");
    }

    /** The quoted span and where it is: 「excerpt」 (contacts[i] start–end). */
    private static String quote(TextSignal signal) {
        return "「" + signal.excerpt() + "」 (contacts[" + signal.contact() + "] " + signal.start() + "–"
                + signal.end() + ")";
    }

    private static Finding.Span span(TextSignal signal) {
        return new Finding.Span(signal.contact(), signal.start(), signal.end());
    }

    private static String required(Rule rule, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key);
        }
        return value.toString();
    }
}
