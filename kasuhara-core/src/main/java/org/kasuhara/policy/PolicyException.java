package org.kasuhara.policy;

import java.util.List;

/** A policy file with errors; {@link #problems()} lists each with its line and key. */
public final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem: {@code file:line: key: message}
     */
    public PolicyException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, {@code file:line: key: message} */
    public List<String> problems() {
        return problems;
    }
}
