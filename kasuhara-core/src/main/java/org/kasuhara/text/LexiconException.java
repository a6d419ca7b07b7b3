// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A lexicon could not be read because it has one or more problems. All problems of a file are collected and
 * reported together, so a compliance team fixes a file in one pass rather than one error at a time.
 *
 * <p>Unchecked (an {@link IllegalArgumentException}): a broken lexicon is bad configuration, found when a rule set
 * is loaded or validated, and must never replace a lexicon in use. I/O failures are reported separately as
 * {@link java.io.IOException}.
 */
public final class LexiconException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Column number used for problems that concern a whole line rather than one field. */
    public static final int WHOLE_LINE = 0;

    /**
     * One problem in a lexicon.
     *
     * @param source  the file or other source, e.g. {@code "ja.tsv"}
     * @param line    the 1-based line number, or 0 when the problem is not tied to a line
     * @param column  the 1-based column, or {@link #WHOLE_LINE}
     * @param field   the name of the column ({@code term}, {@code category}, …), or {@code "line"}
     * @param message what is wrong and what was expected
     */
    public record Problem(String source, int line, int column, String field, String message) {
        /** Checks the arguments. */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        /**
         * The problem as one line of text: {@code source:line: column N (field): message}.
         *
         * @return the description
         */
        @Override
        public String toString() {
            String where = line > 0 ? source + ":" + line : source;
            String what = column == WHOLE_LINE ? field : "column " + column + " (" + field + ")";
            return where + ": " + what + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public LexiconException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems found, in the order of the source and line.
     *
     * @return an unmodifiable list with at least one problem
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: must not be empty");
        }
        String header = problems.size() == 1 ? "Lexicon has 1 problem:" : "Lexicon has " + problems.size()
                + " problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
