// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.LexiconException.Problem;
import org.kasuhara.text.SignalCategory;

/**
 * Reads the lexicon TSV format (see {@link org.kasuhara.text.Lexicon}) line by line, collecting every field problem
 * instead of stopping at the first, so a compliance team sees all mistakes of a file at once.
 */
public final class LexiconTsvParser {
    static final String[] COLUMNS = {"term", "category", "language", "example", "note", "reading"};
    private static final String VALID_CATEGORIES = Arrays.stream(SignalCategory.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /**
     * The entries of the well-formed lines and the problems of the others.
     *
     * @param entries  entries read, in file order
     * @param problems problems found, in file order
     */
    public record Result(List<LexiconEntry> entries, List<Problem> problems) {
    }

    private LexiconTsvParser() {
    }

    /**
     * Parses a lexicon text. Example and duplicate checks are left to {@link LexiconValidator}.
     *
     * @param reader the text
     * @param source the name used in problems
     * @return entries and problems
     * @throws IOException if reading fails for another reason than invalid UTF-8
     */
    public static Result parse(Reader reader, String source) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        BufferedReader buffered = new BufferedReader(reader);
        try {
            for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            // the decoder reads ahead, so the exact line is unknown here; load(Path) decodes line by line instead
            problems.add(new Problem(source, lines.size() + 1, 0, "line",
                    "not valid UTF-8 (at or after this line); save the file as UTF-8"));
        }
        return parse(lines, source, problems, false);
    }

    /**
     * Parses the bytes of a lexicon file, decoding each line separately so that every line that is not valid UTF-8
     * is reported with its own number (a file saved as Shift_JIS by a spreadsheet program, for instance).
     *
     * @param utf8   the file's bytes
     * @param source the name used in problems
     * @return entries and problems
     */
    public static Result parse(byte[] utf8, String source) {
        return parse(utf8, source, false);
    }

    /**
     * Parses the bytes of a lexicon file that passed every check when Kasuhara was built (the packaged default rule
     * set): the columns are still split and typed, but the terms are not normalised to check that none is empty,
     * and constructions (A…B) are not checked again.
     *
     * @param utf8   the file's bytes
     * @param source the name used in problems
     * @return entries and problems
     */
    public static Result parseChecked(byte[] utf8, String source) {
        return parse(utf8, source, true);
    }

    private static Result parse(byte[] utf8, String source, boolean checked) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = Utf8Lines.split(utf8, line -> problems.add(new Problem(source, line, 0, "line",
                "not valid UTF-8; save the file as UTF-8")));
        return parse(lines, source, problems, checked);
    }

    private static Result parse(List<String> lines, String source, List<Problem> problems, boolean checked) {
        List<LexiconEntry> entries = new ArrayList<>();
        boolean seenContent = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // spreadsheet programs save a byte-order mark
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!seenContent && line.toLowerCase(Locale.ROOT).startsWith("term\tcategory")) {
                seenContent = true;
                continue;
            }
            seenContent = true;
            parseLine(line, source, index + 1, entries, problems, checked);
        }
        problems.sort(LexiconValidator.BY_LOCATION);
        return new Result(entries, problems);
    }

    private static void parseLine(String line, String source, int number, List<LexiconEntry> entries,
                                  List<Problem> problems, boolean checked) {
        String[] fields = line.split("\t", -1);
        int before = problems.size();
        if (fields.length == 1) {
            problems.add(new Problem(source, number, 0, "line", "expected " + (COLUMNS.length - 1)
                    + " tab-separated columns (term, category, language, example, note[, reading]), found 1;"
                    + " are the columns separated by spaces instead of tabs?"));
            return;
        }
        if (fields.length > COLUMNS.length) {
            problems.add(new Problem(source, number, 0, "line", "expected at most " + COLUMNS.length
                    + " tab-separated columns (term, category, language, example, note, reading), found " + fields.length));
        }
        String rawTerm = field(fields, 0);
        boolean exclusion = rawTerm.startsWith("!");
        String term = exclusion ? rawTerm.substring(1).strip() : rawTerm;
        if (term.isEmpty()) {
            problems.add(problem(source, number, 0, "empty; expected the word or phrase to match"));
        } else if (!checked && TextNormalizer.normalizeTerm(term).isEmpty()) {
            problems.add(problem(source, number, 0, "\"" + term + "\" is empty after normalisation"));
        }
        if (!checked && Construction.isConstruction(term)) {
            checkConstruction(term, exclusion, field(fields, 5), source, number, problems);
        }
        SignalCategory category = category(field(fields, 1), source, number, problems);
        String language = field(fields, 2).toLowerCase(Locale.ROOT);
        if (!language.equals(LexiconEntry.JAPANESE) && !language.equals(LexiconEntry.ENGLISH)) {
            problems.add(problem(source, number, 2, (language.isEmpty() ? "empty" : "\"" + field(fields, 2) + "\"")
                    + "; expected ja or en"));
        }
        String example = field(fields, 3);
        if (example.isEmpty()) {
            problems.add(problem(source, number, 3, "missing; expected a real sentence that contains the term"));
        }
        String reading = field(fields, 5);
        if (!reading.isEmpty() && !isKana(reading)) {
            problems.add(problem(source, number, 5, "\"" + reading + "\"; expected the reading in kana (ばか) or"
                    + " nothing"));
        } else if (!reading.isEmpty() && !language.equals(LexiconEntry.JAPANESE)) {
            problems.add(problem(source, number, 5, "a reading is only meaningful for Japanese terms; leave it empty"));
        }
        if (problems.size() == before) {
            entries.add(new LexiconEntry(term, category, language, example, field(fields, 4), source, number,
                    exclusion, reading));
        }
    }

    private static void checkConstruction(String term, boolean exclusion, String reading, String source, int number,
                                          List<Problem> problems) {
        String[] parts = Construction.parts(term);
        if (Construction.isConstruction(parts[1])) {
            problems.add(problem(source, number, 0, "\"" + term + "\" has more gap marks than a construction takes:"
                    + " two parts, A\u2026B (one sentence) or A\u2026\u2026B (within " + Construction.WIDE_GAP
                    + " characters of one text)"));
        } else if (TextNormalizer.normalizeTerm(parts[0]).isEmpty() || TextNormalizer.normalizeTerm(parts[1]).isEmpty()) {
            problems.add(problem(source, number, 0, "\"" + term + "\" needs a word on both sides of \u2026 (A\u2026B)"));
        } else if (hasEmptyAlternative(parts[0]) || hasEmptyAlternative(parts[1])) {
            problems.add(problem(source, number, 0, "\"" + term + "\" has an empty alternative; separate the words of"
                    + " a part with single | (A|B\u2026C|D)"));
        } else if (exclusion) {
            problems.add(problem(source, number, 0, "an exclusion cannot be a construction (A\u2026B); exclude the"
                    + " innocent phrase itself"));
        } else if (!reading.isEmpty()) {
            problems.add(problem(source, number, 5, "a construction (A\u2026B) takes no reading; write each part as"
                    + " it is spelled"));
        }
    }

    private static boolean hasEmptyAlternative(String part) {
        return Construction.alternatives(part).stream().anyMatch(w -> TextNormalizer.normalizeTerm(w).isEmpty());
    }

    private static boolean isKana(String s) {
        return s.chars().allMatch(c -> CharClasses.isKana((char) c));
    }

    private static SignalCategory category(String value, String source, int number, List<Problem> problems) {
        try {
            return SignalCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String found = value.isEmpty() ? "empty" : "unknown category \"" + value + "\"";
            problems.add(problem(source, number, 1, found + "; expected one of " + VALID_CATEGORIES));
            return null;
        }
    }

    /** A problem in the 0-based column {@code index}, reported 1-based with the column's name. */
    static Problem problem(String source, int line, int index, String message) {
        return new Problem(source, line, index + 1, COLUMNS[index], message);
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }
}
