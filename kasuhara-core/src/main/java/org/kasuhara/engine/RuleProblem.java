// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.util.Objects;

/**
 * One error in a rule set.
 *
 * @param file    the file, relative to the rule set
 * @param line    the line (1-based), or 0 when the problem concerns the whole file
 * @param rule    the rule's name, or {@code null} when not about one rule
 * @param message   what is wrong, in plain words (English)
 * @param messageJa the same in Japanese, or {@code null} where only English exists (messages from Drools itself)
 */
public record RuleProblem(String file, int line, String rule, String message, String messageJa) {
    /** Checks the fields. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem described in English only.
     *
     * @param file    the file, relative to the rule set
     * @param line    the line, or 0
     * @param rule    the rule's name, or {@code null}
     * @param message what is wrong
     */
    public RuleProblem(String file, int line, String rule, String message) {
        this(file, line, rule, message, null);
    }

    /**
     * The message in a language.
     *
     * @param japanese whether Japanese is wanted
     * @return the Japanese message when wanted and there is one, else the English one
     */
    public String message(boolean japanese) {
        return japanese && messageJa != null ? messageJa : message;
    }

    /**
     * This problem as {@code file:line: [rule "name"] message}, in a language.
     *
     * @param japanese whether Japanese is wanted
     * @return the line to print
     */
    public String describe(boolean japanese) {
        String ruleLabel = rule == null ? "" : (japanese ? "ルール「" + rule + "」: " : "rule \"" + rule + "\": ");
        return file + ":" + line + ": " + ruleLabel + message(japanese);
    }

    /** @return {@code file:line: [rule "name"] message} */
    @Override
    public String toString() {
        return describe(false);
    }
}
