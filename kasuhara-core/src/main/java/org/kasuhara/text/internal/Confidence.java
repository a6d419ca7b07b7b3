// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import org.kasuhara.text.LexiconEntry;

/**
 * How sure a match is, for {@link org.kasuhara.text.TextSignal#confidence()}: a documented rule of thumb, not a
 * calibrated probability. A match of the term as spelled starts at 0.9; one found through a base form, a reading or
 * an English inflection the lexicon did not spell out at 0.8; short terms (two Japanese characters, one English word
 * of four letters) lose 0.15 because they are the most ambiguous; long phrases gain 0.05. A construction
 * ({@code A…B}) is 0.75: its words are the evidence, the words between them are not checked.
 */
final class Confidence {
    private Confidence() {
    }

    /** @param term the entry's term as normalised text */
    static double of(String text, Candidate match, String term) {
        LexiconEntry entry = match.entry();
        if (entry.construction()) {
            return 0.75;
        }
        boolean spelled = text.startsWith(term, match.start());
        double confidence = spelled ? 0.9 : 0.8;
        boolean english = LexiconEntry.ENGLISH.equals(entry.language());
        if (english ? term.indexOf(' ') < 0 && term.length() <= 4 : term.length() <= 2) {
            confidence -= 0.15;
        } else if (english ? term.split(" ").length >= 3 : term.length() >= 5) {
            confidence += 0.05;
        }
        return Math.round(confidence * 100) / 100.0;
    }
}
