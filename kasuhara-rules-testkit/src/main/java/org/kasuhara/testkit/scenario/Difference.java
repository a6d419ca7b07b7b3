// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.Objects;

/**
 * One way an assessment differs from what a scenario expects.
 *
 * @param field    the expectation's field: {@code verdict}, {@code severity}, {@code police}, {@code accepted},
 *                 {@code findings}, {@code absent}, {@code fired}, {@code actions}, {@code absentActions}
 * @param kind     a different value, a missing rule or action, or an unexpected one
 * @param expected the expected value, or the missing rule id or action; {@code null} for an unexpected one
 * @param actual   the actual value, or the unexpected rule id or action; {@code null} for a missing one
 */
public record Difference(String field, Kind kind, String expected, String actual) {

    /** What kind of difference. */
    public enum Kind {
        /** A value other than the expected one (verdict, severity, police, accepted). */
        VALUE,
        /** An expected finding, fired rule or action is not there. */
        MISSING,
        /** A finding or action is there that was not expected. */
        UNEXPECTED
    }

    /** Checks the fields. */
    public Difference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The difference in plain words.
     *
     * @return e.g. {@code verdict: expected CUSTOMER_HARASSMENT, got NEEDS_REVIEW}, {@code findings: missing
     *     KH-CONF-001}, {@code findings: unexpected KH-REP-001}
     */
    @Override
    public String toString() {
        return field + ": " + switch (kind) {
            case VALUE -> "expected " + expected + ", got " + actual;
            case MISSING -> "missing " + expected;
            case UNEXPECTED -> "unexpected " + actual;
        };
    }
}
