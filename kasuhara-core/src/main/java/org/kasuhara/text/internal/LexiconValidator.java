// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.LexiconException.Problem;

/**
 * Checks that hold across fields and lines: each example contains a match of its term (after normalisation, as a
 * whole word for Latin-script terms, with the English suffixes), and no term appears twice in one category.
 */
public final class LexiconValidator {
    /** Orders problems by source and line, then column. */
    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::source)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private LexiconValidator() {
    }

    /**
     * Validates entries.
     *
     * @param entries the entries, in file order
     * @return the problems found, in order of location; empty when the entries are consistent
     */
    public static List<Problem> validate(List<LexiconEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, LexiconEntry> seen = new HashMap<>();
        // one automaton for every construction (not one each): the parts of an entry pair only with each other
        List<LexiconEntry> constructionEntries = entries.stream().filter(LexiconEntry::construction)
                .filter(e -> !TextNormalizer.normalizeTerm(e.term()).isEmpty()).toList();
        TermIndex constructions = constructionEntries.isEmpty() ? null : TermIndex.of(constructionEntries);
        for (LexiconEntry entry : entries) {
            String term = TextNormalizer.normalizeTerm(entry.term());
            if (term.isEmpty()) {
                problems.add(problem(entry, 0, "\"" + entry.term() + "\" is empty after normalisation"));
                continue;
            }
            if (entry.example().isBlank()) {
                problems.add(problem(entry, 3, "missing; expected a real sentence that contains the term"));
            } else if (entry.construction() ? !matchesConstruction(entry, constructions)
                    : !containsMatch(entry.example(), term, LexiconEntry.ENGLISH.equals(entry.language()))
                    && !matchesMorphologically(entry)) {
                problems.add(problem(entry, 3, entry.construction() ? constructionMissing(entry)
                        : "does not contain the term \"" + entry.term() + "\" (normalised: \"" + term + "\""
                        + (isLatin(term) ? ", as a whole word" : "") + ")"));
            }
            duplicate(entry, term, seen, problems);
        }
        problems.sort(BY_LOCATION);
        return problems;
    }

    /**
     * Finds terms that appear twice in one category, the only check left when lexicons already validated are
     * combined.
     *
     * @param entries the entries, in file order
     * @return the problems found, in order of location
     */
    public static List<Problem> duplicates(List<LexiconEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, LexiconEntry> seen = new HashMap<>();
        for (LexiconEntry entry : entries) {
            String term = TextNormalizer.normalizeTerm(entry.term());
            if (!term.isEmpty()) {
                duplicate(entry, term, seen, problems);
            }
        }
        problems.sort(BY_LOCATION);
        return problems;
    }

    private static void duplicate(LexiconEntry entry, String term, Map<String, LexiconEntry> seen,
                                  List<Problem> problems) {
        String key = (entry.exclusion() ? "!" : "") + entry.category() + "\t" + term;
        LexiconEntry first = seen.putIfAbsent(key, entry);
        if (first != null) {
            String where = first.source().equals(entry.source()) ? "line " + first.line() : first.location();
            problems.add(problem(entry, 0, "duplicate of " + where + " (\"" + first.term() + "\", "
                    + entry.category() + (entry.exclusion() ? ", exclusion" : "") + "; same after normalisation)"));
        }
    }

    /**
     * Whether a sentence contains a match of a normalised term, with the analyser's boundary rules.
     *
     * @param sentence      the sentence as written
     * @param term          the normalised term
     * @param allowSuffixes whether English suffixes are allowed
     * @return {@code true} when the term matches somewhere in the sentence
     */
    public static boolean containsMatch(String sentence, String term, boolean allowSuffixes) {
        String text = TextNormalizer.normalize(sentence).text();
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            if (LatinWordBoundary.matchEnd(text, at, at + term.length(), allowSuffixes) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the example contains a generated form of the term or its reading (殺す in 「殺されたいのか」). */
    private static boolean matchesMorphologically(LexiconEntry entry) {
        if (!LexiconEntry.JAPANESE.equals(entry.language())) {
            return false;
        }
        String text = TextNormalizer.normalize(entry.example()).text();
        return TermIndex.spellings(entry).stream().anyMatch(form -> text.contains(form.text()));
    }

    private static String constructionMissing(LexiconEntry entry) {
        String[] parts = Construction.parts(entry.term());
        return "does not contain " + oneOf(parts[0]) + " and then " + oneOf(parts[1])
                + (Construction.isWide(entry.term()) ? "" : " in one sentence") + ", at most "
                + Construction.maxGap(entry) + " characters apart, with no quotation mark between them";
    }

    private static String oneOf(String part) {
        List<String> words = Construction.alternatives(part);
        String quoted = "\"" + String.join("\", \"", words) + "\"";
        return words.size() == 1 ? quoted : "one of " + quoted;
    }

    /** Whether the example holds both parts of a construction, in order, in one sentence, close enough. */
    private static boolean matchesConstruction(LexiconEntry entry, TermIndex constructions) {
        boolean[] found = {false};
        constructions.findAll(TextNormalizer.normalize(entry.example()), null, c -> found[0] |= c.entry() == entry);
        return found[0];
    }

    private static boolean isLatin(String term) {
        return CharClasses.isLatinWordChar(term.charAt(0)) || CharClasses.isLatinWordChar(term.charAt(term.length() - 1));
    }

    private static Problem problem(LexiconEntry entry, int index, String message) {
        return LexiconTsvParser.problem(entry.source(), entry.line(), index, message);
    }
}
