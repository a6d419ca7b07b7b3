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
 */
public record Candidate(LexiconEntry entry, int start, int end, SignalCategory category) {
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
        this(entry, start, end, entry.category());
    }

    /**
     * The same match read as another category.
     *
     * @param newCategory the category it signals
     * @return a candidate with the same entry and span
     */
    Candidate as(SignalCategory newCategory) {
        return newCategory == category ? this : new Candidate(entry, start, end, newCategory);
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
