// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kasuhara.text.SignalCategory;

/**
 * Turns all raw matches into the ones worth reporting, in four steps, each a sort and a sweep so that a text
 * with thousands of matches stays linear-ish:
 * <ol>
 *   <li>Exclusions: a match inside an exclusion of its category is dropped (「ばか」 inside 「ばかり」).</li>
 *   <li>Containment: a match strictly inside a longer match is dropped, whatever the category. The longer phrase
 *       is the more specific reading (「殴るぞ」 as a threat rather than 「殴る」 as violence), and lexicon authors
 *       override a short term by adding a longer one. Matches with the same span in different categories are kept.
 *       A construction ({@code A…B}) hides nothing, here or in the overlap step: the words between its parts are not
 *       part of its evidence.</li>
 *   <li>Overlap: within one category, the leftmost, then longest, match wins; a category is reported once per
 *       span, different categories are all reported.</li>
 *   <li>Construction parts: a plain outburst (TONE) that begins or ends with a TONE construction is dropped.</li>
 * </ol>
 */
final class MatchSelector {
    private static final int CATEGORIES = SignalCategory.values().length;

    /** By start, longest first, exclusions first, then a plain match before one still to be confirmed as a word. */
    private static final Comparator<Candidate> BY_START_LONGEST_FIRST = (a, b) -> {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        if (a.end() != b.end()) {
            return Integer.compare(b.end(), a.end());
        }
        boolean aExcludes = a.entry().exclusion();
        if (aExcludes != b.entry().exclusion()) {
            return aExcludes ? -1 : 1;
        }
        return Boolean.compare(a.wordOnly(), b.wordOnly());
    };

    private MatchSelector() {
    }

    static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_START_LONGEST_FIRST);
        return dropConstructionParts(resolveOverlaps(dropContained(dropExcluded(sorted))));
    }

    /**
     * A narrated outburst (TONE) that begins where a TONE construction begins or ends where it ends is one of its
     * parts read again: "slammed" in "slammed his fist on the counter" is the same act as the construction, not a
     * second outburst, and outbursts are counted against a line (KH-TXT-005). Matches between the parts stay, and
     * other categories keep both readings (an insult is found alone as well as in its construction).
     */
    private static List<Candidate> dropConstructionParts(List<Candidate> selected) {
        java.util.Set<Long> edges = null;
        for (Candidate c : selected) {
            if (c.entry().construction() && c.category() == SignalCategory.TONE) {
                if (edges == null) {
                    edges = new java.util.HashSet<>();
                }
                edges.add(edge(c.category(), 0, c.start()));
                edges.add(edge(c.category(), 1, c.end()));
            }
        }
        if (edges == null) {
            return selected;
        }
        List<Candidate> kept = new ArrayList<>(selected.size());
        for (Candidate c : selected) {
            if (c.entry().construction() || !edges.contains(edge(c.category(), 0, c.start()))
                    && !edges.contains(edge(c.category(), 1, c.end()))) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static long edge(SignalCategory category, int side, int offset) {
        return ((long) category.ordinal() << 33) | ((long) side << 32) | offset;
    }

    private static List<Candidate> dropExcluded(List<Candidate> sorted) {
        int[] exclusionEnd = new int[CATEGORIES];
        List<Candidate> kept = new ArrayList<>(sorted.size());
        for (Candidate c : sorted) {
            int category = c.category().ordinal();
            if (c.entry().exclusion()) {
                exclusionEnd[category] = Math.max(exclusionEnd[category], c.end());
            } else if (exclusionEnd[category] < c.end()) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<Candidate> dropContained(List<Candidate> sorted) {
        List<Candidate> kept = new ArrayList<>(sorted.size());
        int maxEnd = -1;
        int maxEndStart = -1;
        for (Candidate c : sorted) {
            boolean strictlyInside = maxEnd > c.end() || (maxEnd == c.end() && maxEndStart < c.start());
            if (strictlyInside) {
                continue;
            }
            kept.add(c);
            if (c.end() > maxEnd && !c.entry().construction()) {
                maxEnd = c.end();
                maxEndStart = c.start();
            }
        }
        return kept;
    }

    private static List<Candidate> resolveOverlaps(List<Candidate> sorted) {
        int[] lastEnd = new int[CATEGORIES];
        List<Candidate> kept = new ArrayList<>(sorted.size());
        for (Candidate c : sorted) {
            int category = c.category().ordinal();
            if (c.start() >= lastEnd[category]) {
                kept.add(c);
                if (!c.entry().construction()) {
                    lastEnd[category] = c.end();
                }
            }
        }
        return kept;
    }
}
