// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired while a case was assessed, with the facts it matched: the audit trail of a decision.
 * Facts are described without personal data (no names, contact details, staff or free text).
 *
 * @param rule  the rule's {@code @id}
 * @param facts the matched facts, e.g. {@code ContactFact[index=0, channel=PHONE, minutes=74, …]}
 */
public record RuleFiring(String rule, List<String> facts) {
    /** Checks the fields and copies the list. */
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
    }
}
