// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.util.Objects;

/**
 * Why a rule fired: the rule, the behaviour it found, and the evidence.
 *
 * @param rule      the firing rule's {@code @id}
 * @param behaviour the behaviour found
 * @param severity  how serious this finding is
 * @param evidence  what shows it: a quoted span, a duration, a count
 * @param source    the guideline the rule follows, e.g. {@code CCAJ-2025}
 * @param span      where in which contact's text the evidence is, when it comes from text; otherwise {@code null}
 */
public record Finding(String rule, Behaviour behaviour, Severity severity, String evidence, String source,
                      Span span) {
    /** Checks the fields. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A span of a contact's original text.
     *
     * @param contact index of the contact in the case
     * @param start   start offset in its text, inclusive
     * @param end     end offset, exclusive
     */
    public record Span(int contact, int start, int end) {
    }
}
