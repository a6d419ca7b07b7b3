// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * What the organisation established about the complaint, as rules use it: whether demands are valid, and the
 * loss they are measured against. One per case.
 *
 * @param validity whether a defect or fault was found (MHLW-2022 p.7)
 * @param lossYen  what the customer paid, 0 when unknown
 */
public record Established(Validity validity, long lossYen) {
}
