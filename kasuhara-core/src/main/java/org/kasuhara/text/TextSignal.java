// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.Objects;
import org.kasuhara.model.Behaviour;

/**
 * A lexicon term found in a text, with the span that evidences it.
 *
 * <p>Offsets index the <em>original</em> text (UTF-16 code units, end exclusive), so a user interface can
 * highlight the span even though matching ran on normalised text.
 *
 * <p>v2 added {@code conditional}, {@code target}, {@code confidence} and {@code language}; the v1 constructor
 * remains and fills them with neutral values.
 *
 * @param contact     index of the contact whose text matched
 * @param category    what the term signals
 * @param term        the lexicon entry that matched, as written in the lexicon
 * @param start       start offset in the original text, inclusive
 * @param end         end offset in the original text, exclusive
 * @param excerpt     the matched span of the original text
 * @param attribution whose conduct the span describes
 * @param negated     whether the span is negated (「つもりはない」, "I'm not threatening you")
 * @param conditional whether the span is made conditional (「返金しないなら殺すぞ」, "if you don't refund me I'll…"):
 *                    still a threat, and still evidence, but worth saying so in a finding
 * @param target      whom the words are aimed at, as far as the sentence tells
 * @param confidence  how sure the analyser is that the span means what its category says, in (0, 1]: lower for
 *                    short, ambiguous terms and for matches on base forms or readings rather than the spelling
 * @param language    the language of the lexicon entry that matched ({@code "ja"} or {@code "en"}), or empty when
 *                    unknown
 */
public record TextSignal(int contact, SignalCategory category, String term, int start, int end, String excerpt,
                         Attribution attribution, boolean negated, boolean conditional, Target target,
                         double confidence, String language) {
    /** Checks the arguments. */
    public TextSignal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: invalid offsets " + start + ".." + end);
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence: expected a value in (0, 1], was " + confidence);
        }
    }

    /**
     * The v1 constructor: not conditional, target unknown, full confidence, language unknown.
     *
     * @param contact     index of the contact whose text matched
     * @param category    what the term signals
     * @param term        the lexicon entry that matched
     * @param start       start offset in the original text, inclusive
     * @param end         end offset in the original text, exclusive
     * @param excerpt     the matched span of the original text
     * @param attribution whose conduct the span describes
     * @param negated     whether the span is negated
     */
    public TextSignal(int contact, SignalCategory category, String term, int start, int end, String excerpt,
                      Attribution attribution, boolean negated) {
        this(contact, category, term, start, end, excerpt, attribution, negated, false, Target.UNKNOWN, 1.0, "");
    }

    /**
     * The behaviour this signal is evidence of.
     *
     * @return the category's behaviour, or {@code null} for legal recourse
     */
    public Behaviour behaviour() {
        return category.behaviour();
    }

    /**
     * Whether the signal counts as evidence of a behaviour of the customer's: not negated, not quoted abuse the
     * customer received, not self-reproach ({@link Target#SELF}: 「私がバカでした」) and not legal recourse (a
     * customer's right, evidence of no behaviour).
     *
     * @return {@code true} when rules may derive a finding from it
     */
    public boolean isEvidence() {
        return !negated && attribution == Attribution.CUSTOMER && category.behaviour() != null
                && target != Target.SELF;
    }

    /**
     * Which way the signal weighs: evidence of harassment, protective (legal recourse or a retraction, not negated), or none.
     *
     * @return the polarity
     */
    public Polarity polarity() {
        if (isEvidence()) {
            return Polarity.HARASSMENT;
        }
        boolean protective = category == SignalCategory.LEGAL_RECOURSE || category == SignalCategory.RETRACTION;
        return protective && !negated ? Polarity.PROTECTIVE : Polarity.NONE;
    }
}
