// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Finding;
import org.kasuhara.model.RuleFiring;
import org.kasuhara.testkit.scenario.Difference;
import org.kasuhara.testkit.scenario.Difference.Kind;
import org.kasuhara.testkit.scenario.Expectation;

/** Compares an assessment with an expectation, field by field. */
public final class ExpectationCheck {
    private ExpectationCheck() {
    }

    /**
     * Every difference between an expectation and an assessment.
     *
     * @param expect     what was expected
     * @param assessment what the rules decided
     * @return the differences in the order of the expectation's fields; empty when it matches
     */
    public static List<Difference> differences(Expectation expect, Assessment assessment) {
        List<Difference> out = new ArrayList<>();
        value(out, "verdict", expect.verdict(), assessment.verdict());
        value(out, "severity", expect.severity(), assessment.severity());
        value(out, "police", expect.police(), assessment.policeReport());
        value(out, "accepted", expect.accepted(), assessment.accepted());
        Set<String> findings = new LinkedHashSet<>(assessment.findings().stream().map(Finding::rule).toList());
        if (expect.findings() != null) {
            missing(out, "findings", expect.findings(), findings);
            unexpected(out, "findings", findings, id -> !expect.findings().contains(id));
        }
        unexpected(out, "absent", expect.absent(), findings::contains);
        Set<String> fired = new LinkedHashSet<>(assessment.firedRules().stream().map(RuleFiring::rule).toList());
        missing(out, "fired", expect.fired(), fired);
        Set<String> actions = new LinkedHashSet<>(assessment.actions().stream().map(a -> a.type().name()).toList());
        missing(out, "actions", names(expect.actions()), actions);
        unexpected(out, "absentActions", names(expect.absentActions()), actions::contains);
        return out;
    }

    private static void value(List<Difference> out, String field, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            out.add(new Difference(field, Kind.VALUE, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    private static void missing(List<Difference> out, String field, Collection<String> expected,
                                Set<String> actual) {
        for (String id : new LinkedHashSet<>(expected)) {
            if (!actual.contains(id)) {
                out.add(new Difference(field, Kind.MISSING, id, null));
            }
        }
    }

    private static void unexpected(List<Difference> out, String field, Collection<String> candidates,
                                   Predicate<String> unexpected) {
        for (String id : new LinkedHashSet<>(candidates)) {
            if (unexpected.test(id)) {
                out.add(new Difference(field, Kind.UNEXPECTED, null, id));
            }
        }
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
