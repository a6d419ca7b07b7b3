// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.List;

/** Thrown when scenario files cannot be used; lists every problem with its file, line and field path. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ScenarioProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems in scenarios, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
