// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import org.kasuhara.catalogue.DemandValidity;
import org.kasuhara.model.DemandType;

/**
 * One demand, with its validity class from the guideline catalogue and its validity on the case's facts.
 *
 * @param index         the demand's index in the case
 * @param type          what is demanded
 * @param amountYen     the sum demanded, 0 when none was named
 * @param lossYen       what the customer paid, or a larger sum demanded that a named document (receipt, medical bill)
 *                      backs; 0 when unknown
 * @param validityClass how the guidelines treat this kind of demand
 * @param validity      whether the demand is valid on the established facts
 * @param gain          whether the catalogue groups the type with demands for a gain beyond putting a defect right
 *                      (money, a different product, special treatment)
 * @param offPremises   whether the demand's text names a place off the organisation's premises (the customer's home,
 *                      a café): a meeting demanded there is how off-premises confinement (店舗外拘束型) starts
 * @param identityOnly  whether the demand's text asks only who dealt with the customer (a name, a staff number) and
 *                      nothing of the person's private life
 */
public record DemandFact(int index, DemandType type, long amountYen, long lossYen, DemandValidity validityClass,
                         Validity validity, boolean gain, boolean offPremises,
                         boolean identityOnly) {

    /**
     * How many times the loss the demand asks for.
     *
     * @return amount divided by loss, or 0 when either is unknown
     */
    public double ratioToLoss() {
        return amountYen <= 0 || lossYen <= 0 ? 0 : (double) amountYen / lossYen;
    }
}
