// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A policy file with errors; {@link #problems()} lists each with its line and key. */
public final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * One error in a policy file.
     *
     * @param source  the file name
     * @param line    the line (1-based), or 0 when unknown
     * @param key     the offending key's path, e.g. {@code defaults.confinementMinutes}; empty for the whole file
     * @param message what was expected
     */
    public record Problem(String source, int line, String key, String message) {
        /** Checks the fields. */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
        }

        /** @return {@code file:line: key: message} */
        @Override
        public String toString() {
            return source + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + message;
        }
    }

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public PolicyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order */
    public List<Problem> problems() {
        return problems;
    }
}
