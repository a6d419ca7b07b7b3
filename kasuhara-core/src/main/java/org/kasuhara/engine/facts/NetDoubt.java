// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import java.util.Set;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.TextSignal;

/**
 * A lexicon signal whose sentence the statistical net reads as ordinary talk: the sentence scores under the net's
 * doubt line ({@link org.kasuhara.text.TextNet#doubt()}), as the sentences of quotations, films and jokes at one's own
 * expense do and abusive sentences seldom do. Evidence is then mixed: a rule may ask a person to read the context
 * instead of finding harassment in the words. Inserted only for signals that are evidence, of the
 * {@link #CATEGORIES} below; never for threats to life, violence or slander, which always count as they are.
 *
 * @param signal the signal
 * @param score  the net's score of its sentence, 0 to 1
 * @param doubt  the net's doubt line
 */
public record NetDoubt(TextSignal signal, double score, double doubt) {
    /**
     * The categories a doubt may soften: abuse in words. Not threats to life or narrated violence, and not slander,
     * which the net reads poorly when it is written politely (「担当の山本は客をだます詐欺師」).
     */
    public static final Set<SignalCategory> CATEGORIES = Set.of(SignalCategory.INSULT,
            SignalCategory.INTIMIDATION, SignalCategory.SNS_THREAT, SignalCategory.FILMING,
            SignalCategory.DISCRIMINATION, SignalCategory.SEXUAL, SignalCategory.STAFF_TARGETING);

    /** @return what the net says, for a finding's evidence */
    public String describe() {
        return "statistical signal: its sentence reads as ordinary talk (" + Percent.of(score) + " %, doubt under "
                + Percent.of(doubt) + " %); read the context";
    }
}
