// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.util.List;

/**
 * One assessment was stopped because its rules exceeded the {@link AssessmentLimits}: they kept firing, ran past the
 * deadline or failed while running. Only that assessment fails; the message names the rules (never case text).
 */
public final class RuleExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> rules;
    private final String messageJa;

    /**
     * @param message   what happened, in English
     * @param messageJa the same in Japanese
     * @param rules     the rules that fired most, most first
     * @param cause     what a rule threw, or {@code null}
     */
    public RuleExecutionException(String message, String messageJa, List<String> rules, Throwable cause) {
        super(message, cause);
        this.messageJa = messageJa;
        this.rules = List.copyOf(rules);
    }

    /** @return the rules that fired most in the stopped assessment, most first */
    public List<String> rules() {
        return rules;
    }

    /**
     * @param japanese whether Japanese is wanted
     * @return the message in that language
     */
    public String message(boolean japanese) {
        return japanese ? messageJa : getMessage();
    }
}
