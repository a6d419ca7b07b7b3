package org.kasuhara.text;

import java.util.Objects;
import org.kasuhara.model.Behaviour;

/**
 * A lexicon term found in a text, with the span that evidences it.
 *
 * <p>Offsets index the <em>original</em> text (UTF-16 code units, end exclusive), so a user interface can
 * highlight the span even though matching ran on normalised text.
 *
 * @param contact     index of the contact whose text matched
 * @param category    what the term signals
 * @param term        the lexicon entry that matched, as written in the lexicon
 * @param start       start offset in the original text, inclusive
 * @param end         end offset in the original text, exclusive
 * @param excerpt     the matched span of the original text
 * @param attribution whose conduct the span describes
 * @param negated     whether the span is negated (「つもりはない」, "I'm not threatening you")
 */
public record TextSignal(int contact, SignalCategory category, String term, int start, int end, String excerpt,
                         Attribution attribution, boolean negated) {
    /** Checks the arguments. */
    public TextSignal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(attribution, "attribution");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: invalid offsets " + start + ".." + end);
        }
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
     * customer received, and not legal recourse (a customer's right, evidence of no behaviour).
     *
     * @return {@code true} when rules may derive a finding from it
     */
    public boolean isEvidence() {
        return !negated && attribution == Attribution.CUSTOMER && category.behaviour() != null;
    }
}
