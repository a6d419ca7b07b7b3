// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.Objects;

/**
 * One line of a lexicon: a term to look for, what it signals, and where it came from.
 *
 * <p>An <em>exclusion</em> entry (written {@code !term} in a TSV file) signals nothing: it names a known
 * false-positive context, and any match of a term of the same category and language that lies inside a match of
 * the exclusion is dropped (「ばかり」 hides the 「ばか」 inside it; 「馬鹿丁寧」 hides 「馬鹿」).
 *
 * <p>A <em>construction</em> term {@code A…B} (U+2026 between two words) matches {@code A} and then {@code B} in the
 * same sentence, with a few words between them at most (16 characters in Japanese, 32 in English) and no quotation
 * mark in between: 「お前…使えない」 matches 「お前みたいなのは本当に使えないな」. It describes how an insult or threat is
 * built rather than one way of saying it.
 *
 * @param term      the word or phrase as written in the lexicon, without the {@code !} of an exclusion
 * @param category  what a match signals, or for an exclusion which category's matches it suppresses
 * @param language  {@code "ja"} or {@code "en"}
 * @param example   a real sentence containing the term; the lexicon checks that the term matches it
 * @param note      where the term comes from (e.g. "MHLW-2022 §B-1 example"); may be empty
 * @param source    the file or other source the entry was read from, for error messages
 * @param line      the 1-based line in {@code source}, or 0 when the entry was not read from a file
 * @param exclusion whether this entry is an exclusion rather than a term
 * @param reading   optional reading of a Japanese term in kana (馬鹿 → ばか): the term also matches that spelling as
 *                  whole words (ばか, バカ, but not ばかり); empty when none
 */
public record LexiconEntry(String term, SignalCategory category, String language, String example, String note,
                           String source, int line, boolean exclusion, String reading) {

    /** Language code of Japanese entries. */
    public static final String JAPANESE = "ja";
    /** Language code of English entries. */
    public static final String ENGLISH = "en";
    /** What separates the two parts of a construction term (U+2026, HORIZONTAL ELLIPSIS). */
    public static final String CONSTRUCTION_GAP = "\u2026";

    /**
     * Checks the arguments. Whether the example contains the term is checked by {@link Lexicon#of}, which reports
     * all problems of a lexicon together.
     *
     * @throws NullPointerException     if any reference argument is null
     * @throws IllegalArgumentException if the term is blank, the language is not {@code ja}/{@code en} or the
     *                                  line is negative
     */
    public LexiconEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        if (term.isBlank()) {
            throw new IllegalArgumentException("term: must not be blank");
        }
        if (!JAPANESE.equals(language) && !ENGLISH.equals(language)) {
            throw new IllegalArgumentException("language: expected ja or en, was \"" + language + "\"");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line: must be >= 0, was " + line);
        }
    }

    /**
     * Creates an entry without a reading (the v1 constructor).
     *
     * @param term      the word or phrase to match
     * @param category  what a match signals
     * @param language  {@code "ja"} or {@code "en"}
     * @param example   a sentence containing the term
     * @param note      where the term comes from
     * @param source    where the entry was read from
     * @param line      the 1-based line in {@code source}, or 0
     * @param exclusion whether this entry is an exclusion
     * @throws NullPointerException     if any reference argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public LexiconEntry(String term, SignalCategory category, String language, String example, String note,
                        String source, int line, boolean exclusion) {
        this(term, category, language, example, note, source, line, exclusion, "");
    }

    /**
     * Creates an ordinary (non-exclusion) entry.
     *
     * @param term     the word or phrase to match
     * @param category what a match signals
     * @param language {@code "ja"} or {@code "en"}
     * @param example  a sentence containing the term
     * @param note     where the term comes from
     * @param source   where the entry was read from
     * @param line     the 1-based line in {@code source}, or 0
     * @throws NullPointerException     if any reference argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public LexiconEntry(String term, SignalCategory category, String language, String example, String note,
                        String source, int line) {
        this(term, category, language, example, note, source, line, false, "");
    }

    /**
     * Whether the term is a construction {@code A…B}.
     *
     * @return {@code true} when the term holds {@link #CONSTRUCTION_GAP}
     */
    public boolean construction() {
        return term.contains(CONSTRUCTION_GAP);
    }

    /**
     * Where the entry was read from, as {@code source:line} for messages.
     *
     * @return e.g. {@code "ja.tsv:12"}, or just the source when the line is unknown
     */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }
}
