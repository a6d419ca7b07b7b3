// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kasuhara.text.internal.LexiconTsvParser;
import org.kasuhara.text.internal.LexiconValidator;

/**
 * An immutable set of terms, each with the {@link SignalCategory} it signals, read from the UTF-8 TSV files a
 * compliance team edits.
 *
 * <h2>File format</h2>
 * One entry a line, five tab-separated columns: {@code term, category, language, example, note}.
 * <ul>
 *   <li>Lines starting with {@code #} and blank lines are ignored; the first content line may be a header starting
 *       with {@code term<TAB>category}. A leading byte-order mark is ignored.</li>
 *   <li>{@code category} is a {@link SignalCategory} name (case-insensitive); {@code language} is {@code ja} or
 *       {@code en}; {@code example} is a real sentence in which the term must match after normalisation (as a whole
 *       word for Latin-script terms); {@code note} says where the term comes from and may be empty.</li>
 *   <li>A term written {@code !term} is an exclusion: it signals nothing and suppresses matches of the same category
 *       that lie inside it (see {@link LexiconEntry}).</li>
 *   <li>The same term (after normalisation) may appear once per category.</li>
 * </ul>
 * Every problem of a file is collected and reported in one {@link LexiconException}.
 */
public final class Lexicon {
    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Creates a lexicon from entries, checking that every example contains its term and that no term appears twice
     * in one category.
     *
     * @param entries the entries, in any order
     * @return the lexicon
     * @throws LexiconException     listing every problem found
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        List<LexiconEntry> copy = List.copyOf(entries);
        List<LexiconException.Problem> problems = LexiconValidator.validate(copy);
        if (!problems.isEmpty()) {
            throw new LexiconException(problems);
        }
        return new Lexicon(copy);
    }

    /**
     * Reads a lexicon in the TSV format described above. Prefer {@link #load(Path)} for files: a decoding reader
     * reads ahead, so the line given for invalid UTF-8 is approximate here, while {@code load} names every bad line.
     *
     * @param reader     the text to read; not closed
     * @param sourceName the name used in error messages, e.g. the file name
     * @return the lexicon
     * @throws IOException      if reading fails
     * @throws LexiconException listing every problem of the text, with line, column and what was expected
     */
    public static Lexicon parse(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return fromParsed(LexiconTsvParser.parse(reader, sourceName));
    }

    /**
     * Reads a UTF-8 lexicon file; its file name is used in error messages.
     *
     * @param file the TSV file
     * @return the lexicon
     * @throws IOException      if the file cannot be read
     * @throws LexiconException listing every problem of the file
     */
    public static Lexicon load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        byte[] bytes = Files.readAllBytes(file);
        return fromParsed(LexiconTsvParser.parse(bytes, name == null ? file.toString() : name.toString()));
    }

    private static Lexicon fromParsed(LexiconTsvParser.Result result) {
        List<LexiconException.Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(LexiconValidator.validate(result.entries()));
        if (!problems.isEmpty()) {
            problems.sort(LexiconValidator.BY_LOCATION);
            throw new LexiconException(problems);
        }
        return new Lexicon(result.entries());
    }

    /**
     * Combines lexicons, e.g. the Japanese and English defaults plus an organisation's own file.
     *
     * @param lexicons the lexicons to combine
     * @return a lexicon with the entries of all of them, in the order given
     * @throws LexiconException if the same term appears in one category in two of them
     */
    public static Lexicon merge(Lexicon... lexicons) {
        List<LexiconEntry> all = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            all.addAll(lexicon.entries);
        }
        // each lexicon's entries were checked when it was made: only a term in two of them is left to find
        List<LexiconException.Problem> problems = LexiconValidator.duplicates(all);
        if (!problems.isEmpty()) {
            throw new LexiconException(problems);
        }
        return new Lexicon(all);
    }

    /**
     * The entries, exclusions included, in the order they were read.
     *
     * @return an unmodifiable list
     */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * The number of entries, exclusions included.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Lexicon[" + entries.size() + " entries]";
    }
}
