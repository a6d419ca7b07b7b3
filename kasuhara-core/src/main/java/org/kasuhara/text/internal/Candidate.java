// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Objects;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;

/**
 * A lexicon entry found in normalised text, before overlaps and exclusions are resolved.
 *
 * @param entry    the entry that matched
 * @param start    start in the normalised text, inclusive
 * @param end      end in the normalised text, exclusive (including any English suffix)
 * @param category what the match signals: the entry's category, unless a context heuristic re-read it (a violence
 *                 term in 「殴られたいのか」 is a threat, see {@link ThreatForm})
 * @param wordOnly whether the match still has to be confirmed as a word of its own ({@link ReadingBoundary}): a
 *                 kana spelling found only through the entry's reading; checked after exclusions and overlaps are
 *                 resolved, so that 「ばかり」, an exclusion, costs no tokenizing
 */
public record Candidate(LexiconEntry entry, int start, int end, SignalCategory category, boolean wordOnly) {
    /** Checks the arguments. */
    public Candidate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(category, "category");
    }

    /**
     * A match that signals its entry's category.
     *
     * @param entry the entry that matched
     * @param start start in the normalised text, inclusive
     * @param end   end in the normalised text, exclusive
     */
    public Candidate(LexiconEntry entry, int start, int end) {
        this(entry, start, end, entry.category(), false);
    }

    /**
     * A match read as a given category.
     *
     * @param entry    the entry that matched
     * @param start    start in the normalised text, inclusive
     * @param end      end in the normalised text, exclusive
     * @param category the category it signals
     */
    public Candidate(LexiconEntry entry, int start, int end, SignalCategory category) {
        this(entry, start, end, category, false);
    }

    /**
     * The same match read as another category.
     *
     * @param newCategory the category it signals
     * @return a candidate with the same entry and span
     */
    Candidate as(SignalCategory newCategory) {
        return newCategory == category ? this : new Candidate(entry, start, end, newCategory, wordOnly);
    }

    /**
     * The same match, to be confirmed as a word of its own.
     *
     * @return a candidate with {@code wordOnly} set
     */
    Candidate toConfirmAsWord() {
        return new Candidate(entry, start, end, category, true);
    }

    /**
     * The length of the match in normalised characters.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }
}
