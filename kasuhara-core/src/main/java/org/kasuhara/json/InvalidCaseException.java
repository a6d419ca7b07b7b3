// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import java.util.List;

/** Thrown when input that must hold valid cases does not; lists every problem found. */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public InvalidCaseException(List<InputProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " invalid records, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in input order */
    public List<InputProblem> problems() {
        return problems;
    }
}
