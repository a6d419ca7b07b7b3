// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * What the organisation has established about the complaint. {@code null} means unknown, which is different
 * from {@code false}: the validity of a demand cannot be judged on unknown facts.
 *
 * @param defectConfirmed   whether a defect or fault of the goods or service was found
 * @param relatedToService  whether the demand relates to the goods or service at all
 * @param purchaseAmountYen what the customer paid, in yen: the measure of the loss
 */
public record Facts(Boolean defectConfirmed, Boolean relatedToService, Long purchaseAmountYen) {

    /** Nothing established. */
    public static final Facts UNKNOWN = new Facts(null, null, null);

    /** Checks the fields. */
    public Facts {
        FieldViolation.check(purchaseAmountYen == null || purchaseAmountYen >= 0, "purchaseAmountYen",
                "must be 0 or more, was " + purchaseAmountYen);
    }
}
