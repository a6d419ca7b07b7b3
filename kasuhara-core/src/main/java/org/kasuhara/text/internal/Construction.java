// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kasuhara.text.LexiconEntry;

/**
 * A construction term {@code A…B}: the words {@code A} and then {@code B} in one sentence, outside any quotation
 * boundary, with at most {@link #maxGap(LexiconEntry)} characters between them. A <em>wide</em> construction
 * {@code A……B} (two marks) lets {@code B} follow in a later sentence of the same text, up to {@link #WIDE_GAP}
 * characters on: a veiled threat is often built across sentences, the worker's private life in one and a warning in
 * the next (「お嬢さん、東小に通ってるんですよね。暗くなるの早いから気をつけてあげてね」), where neither sentence alone is
 * one. A wide pair does not run across a blank line or into a line that opens on a speaker label (「店員：」,
 * "Agent:"): another turn of a transcript is another speaker's. It lets a lexicon describe how an
 * insult or a threat is <em>built</em> — a person as target and a contemptuous predicate (「お前…使えない」, "you…a
 * disgrace"), a staff member and a dismissal (「あの店員…クビにしろ」) — instead of listing every sentence.
 *
 * <p>A part may list alternatives separated by {@code |}: {@code お前|あんた…使えない|役に立たない} is four
 * constructions in one line. Each alternative is spelled and conjugated like a term of its own; the analyser finds the parts in its single pass
 * and pairs them here. A construction never hides another match inside it (see {@link MatchSelector}).
 */
final class Construction {
    /** What separates the two parts of a construction term in a lexicon (U+2026, HORIZONTAL ELLIPSIS). */
    static final String GAP = LexiconEntry.CONSTRUCTION_GAP;
    /** At most this many characters between the parts of a Japanese construction. */
    static final int JAPANESE_GAP = 16;
    /** At most this many characters between the parts of an English construction. */
    static final int ENGLISH_GAP = 32;
    /** What separates the two parts of a wide construction: two gap marks. */
    static final String WIDE = GAP + GAP;
    /** At most this many characters between the parts of a wide construction, in either language. */
    static final int WIDE_GAP = 200;

    /** One part found in the text. */
    record Part(LexiconEntry entry, boolean left, int start, int end) {
    }

    private Construction() {
    }

    /**
     * Whether a term is a construction.
     *
     * @param term the term as written
     * @return {@code true} when it holds the gap mark
     */
    static boolean isConstruction(String term) {
        return term.contains(GAP);
    }

    /**
     * The two parts of a construction term.
     *
     * @param term the term as written, {@code A…B} or {@code A……B}
     * @return {@code [A, B]} stripped, either possibly empty; a term with more gap marks keeps the rest in B
     */
    static String[] parts(String term) {
        int at = term.indexOf(GAP);
        int after = isWide(term) ? at + WIDE.length() : at + GAP.length();
        return new String[] {term.substring(0, at).strip(), term.substring(after).strip()};
    }

    /**
     * Whether a construction term is wide: its parts separated by two gap marks, {@code A……B}.
     *
     * @param term the term as written
     * @return {@code true} for {@code A……B}
     */
    static boolean isWide(String term) {
        int at = term.indexOf(GAP);
        return at >= 0 && term.startsWith(WIDE, at);
    }

    /**
     * The words one part may be: a part is one word or phrase, or several separated by {@code |}
     * ({@code お前|あんた…使えない|役に立たない}).
     *
     * @param part one part of a construction term
     * @return its alternatives, stripped, in order; empty strings included so that validation can name them
     */
    static List<String> alternatives(String part) {
        return java.util.Arrays.stream(part.split("\\|", -1)).map(String::strip).toList();
    }

    /**
     * The widest gap allowed for an entry's language.
     *
     * @param entry a construction entry
     * @return the number of characters
     */
    static int maxGap(LexiconEntry entry) {
        if (isWide(entry.term())) {
            return WIDE_GAP;
        }
        return LexiconEntry.ENGLISH.equals(entry.language()) ? ENGLISH_GAP : JAPANESE_GAP;
    }

    /**
     * Pairs the parts found in a text: each right part with the nearest unused left part of the same entry before it
     * (a left part pairs once: "slammed his fist on the counter" is one act, not one per object named). Left
     * parts further back than the widest gap are dropped as the text is read, so a long text costs linear time.
     *
     * @param text       the normalised text
     * @param parts      the parts, in the order found (by end)
     * @param exclusions exclusion matches ({@code !くずれ}): a part inside one of its category is no part
     * @param sink       receives one candidate per pair, spanning both parts
     */
    static void pair(String text, List<Part> parts, List<Candidate> exclusions, Consumer<Candidate> sink) {
        Map<LexiconEntry, ArrayDeque<Part>> lefts = new IdentityHashMap<>();
        for (Part part : parts) {
            if (excluded(part, exclusions)) {
                continue;
            }
            ArrayDeque<Part> open = lefts.computeIfAbsent(part.entry(), e -> new ArrayDeque<>());
            if (part.left()) {
                open.addLast(part);
                continue;
            }
            while (!open.isEmpty() && part.start() - open.peekFirst().end() > maxGap(part.entry())) {
                open.pollFirst();
            }
            Part best = null;
            for (java.util.Iterator<Part> it = open.descendingIterator(); it.hasNext(); ) {
                Part left = it.next();
                if (left.end() <= part.start() && (best == null || left.start() > best.start())) {
                    best = left;
                }
            }
            if (best != null && joins(text, best, part)) {
                sink.accept(new Candidate(part.entry(), best.start(), part.end()));
                // one pair per first part: "slammed his fist on the counter" is one act, and a part found twice at
                // one place (two spellings) or further back does not pair again across this pair
                int used = best.start();
                open.removeIf(left -> left.start() <= used);
            }
        }
    }

    private static boolean excluded(Part part, List<Candidate> exclusions) {
        for (Candidate exclusion : exclusions) {
            if (exclusion.category() == part.entry().category() && exclusion.start() <= part.start()
                    && part.end() <= exclusion.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(String text, Part left, Part right) {
        if (right.start() - left.end() > maxGap(left.entry())) {
            return false;
        }
        boolean wide = isWide(left.entry().term());
        for (int i = left.end(); i < right.start(); i++) {
            char c = text.charAt(i);
            if (!wide && CharClasses.isSentenceEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
            if (wide && c == '\n' && newTurn(text, i + 1)) {
                return false; // another speaker's turn of a transcript, or a new paragraph
            }
        }
        return true;
    }

    /** A blank line, or a line that opens on a speaker label (「店員：」, "Caller:"). */
    private static boolean newTurn(String text, int lineStart) {
        return lineStart < text.length() && text.charAt(lineStart) == '\n'
                || CharClasses.speakerLabelEnd(text, lineStart) >= 0;
    }
}
