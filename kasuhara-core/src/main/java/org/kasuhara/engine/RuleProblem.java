package org.kasuhara.engine;

import java.util.Objects;

/**
 * One error in a rule set.
 *
 * @param file    the file, relative to the rule set
 * @param line    the line (1-based), or 0 when the problem concerns the whole file
 * @param rule    the rule's name, or {@code null} when not about one rule
 * @param message what is wrong, in plain words
 */
public record RuleProblem(String file, int line, String rule, String message) {
    /** Checks the fields. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line: [rule "name"] message} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
