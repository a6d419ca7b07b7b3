// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that does not compile or validate. It never replaces a working one; {@link #problems()} names the
 * file and line of each error.
 */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source   the rule set's source, for the message
     * @param problems the problems, at least one
     */
    public RuleSetException(String source, List<RuleProblem> problems) {
        super("rule set " + source + " has " + problems.size() + " error(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, by file and line */
    public List<RuleProblem> problems() {
        return problems;
    }
}
