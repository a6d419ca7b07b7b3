// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;

/**
 * An evaluation corpus: UTF-8 TSV, one sentence a line, columns {@code id, language, speaker, expected, kind, text}.
 * {@code speaker} is {@code customer} or {@code staff}; {@code expected} lists categories separated by commas, or
 * {@code -} for none; {@code kind} is a {@link LabelledSentence.Kind} name. Lines starting with {@code #}, blank lines
 * and a header line starting with {@code id} are skipped. Every malformed line is reported at once.
 *
 * @param name      the file name, for reports
 * @param sentences the sentences in file order
 */
public record LabelledCorpus(String name, List<LabelledSentence> sentences) {
    /** Checks the arguments and copies the list. */
    public LabelledCorpus {
        Objects.requireNonNull(name, "name");
        sentences = List.copyOf(sentences);
    }

    /**
     * Reads a corpus file.
     *
     * @param file the TSV file
     * @return the corpus
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException listing every malformed line, or when an id appears twice
     */
    public static LabelledCorpus load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parse(reader, String.valueOf(file.getFileName()));
        }
    }

    /**
     * Reads a corpus.
     *
     * @param reader the text; not closed
     * @param name   the name used in messages
     * @return the corpus
     * @throws IOException              if reading fails
     * @throws IllegalArgumentException listing every malformed line, or when an id appears twice
     */
    public static LabelledCorpus parse(Reader reader, String name) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            try {
                LabelledSentence sentence = sentence(line.split("\t", -1), number);
                if (!ids.add(sentence.id())) {
                    throw new IllegalArgumentException("duplicate id " + sentence.id());
                }
                sentences.add(sentence);
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + number + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Corpus has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return new LabelledCorpus(name, sentences);
    }

    /**
     * A signal category by its name, or by the catalogue behaviour id that exactly one category stands for
     * ({@code KNEELING_DEMAND} for {@code KNEELING}, {@code PERSONAL_ATTACK} for {@code STAFF_TARGETING}), so
     * that sets labelled with MHLW-2022's behaviour ids are read as written.
     */
    private static SignalCategory category(String name) {
        for (SignalCategory c : SignalCategory.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        List<SignalCategory> standing = java.util.Arrays.stream(SignalCategory.values())
                .filter(c -> c.behaviour() != null && c.behaviour().name().equals(name)).toList();
        if (standing.size() != 1) {
            throw new IllegalArgumentException("expected: unknown category " + name + (standing.isEmpty() ? ""
                    : " (behaviour of several categories " + standing + ": name one)"));
        }
        return standing.get(0);
    }

    private static LabelledSentence sentence(String[] f, int line) {
        if (f.length != 6) {
            throw new IllegalArgumentException("expected 6 tab-separated columns (id, language, speaker, expected,"
                    + " kind, text), found " + f.length);
        }
        String language = f[1].strip();
        if (!language.equals("ja") && !language.equals("en")) {
            throw new IllegalArgumentException("language: expected ja or en, was \"" + language + "\"");
        }
        Speaker speaker = switch (f[2].strip()) {
            case "customer" -> Speaker.CUSTOMER;
            case "staff" -> Speaker.STAFF_NARRATIVE;
            default -> throw new IllegalArgumentException("speaker: expected customer or staff, was \"" + f[2] + "\"");
        };
        Set<SignalCategory> expected = EnumSet.noneOf(SignalCategory.class);
        if (!f[3].strip().equals("-")) {
            for (String category : f[3].split(",")) {
                expected.add(category(category.strip().toUpperCase(Locale.ROOT)));
            }
        }
        LabelledSentence.Kind kind = LabelledSentence.Kind.valueOf(f[4].strip().toUpperCase(Locale.ROOT));
        if (kind.legitimate() && expected.stream().anyMatch(Evaluation::isHarassment)) {
            throw new IllegalArgumentException("a " + kind + " sentence cannot expect harassment " + expected);
        }
        if (f[5].isBlank()) {
            throw new IllegalArgumentException("text: missing");
        }
        return new LabelledSentence(f[0].strip(), language, speaker, expected, kind, f[5].strip(), line);
    }
}
