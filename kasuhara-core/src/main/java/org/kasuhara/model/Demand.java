// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * One demand the customer makes.
 *
 * @param type      what is demanded (required)
 * @param amountYen the sum demanded, in yen, when money is involved; {@code null} when none was named
 * @param text      the demand in the customer's words, optional
 */
public record Demand(DemandType type, Long amountYen, String text) {
    /** Checks the fields. */
    public Demand {
        FieldViolation.required(type, "type");
        FieldViolation.check(amountYen == null || amountYen >= 0, "amountYen", "must be 0 or more, was " + amountYen);
    }

    /**
     * The amount, or zero when none was named (convenient in rule conditions).
     *
     * @return the amount in yen
     */
    public long amountOrZero() {
        return amountYen == null ? 0 : amountYen;
    }
}
