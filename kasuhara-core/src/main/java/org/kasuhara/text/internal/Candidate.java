package org.kasuhara.text.internal;

import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;

/**
 * A lexicon entry found in normalised text, before overlaps and exclusions are resolved.
 *
 * @param entry the entry that matched
 * @param start start in the normalised text, inclusive
 * @param end   end in the normalised text, exclusive (including any English suffix)
 */
public record Candidate(LexiconEntry entry, int start, int end) {
    /**
     * The category of the entry.
     *
     * @return the category
     */
    public SignalCategory category() {
        return entry.category();
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
