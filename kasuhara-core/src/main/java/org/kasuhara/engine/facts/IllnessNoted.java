// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * Derived when a member of staff's narrative of a contact names an illness that affects the person's judgement —
 * dementia (認知症), delirium (せん妄) — as in a care home's or a hospital's report. Nursing-care guidance handles
 * behaviour caused by dementia as a matter of care, not as customer harassment (MHLW-CARE-2022): the verdict table
 * then asks a person to review instead of deciding harassment, and the police rule stands back.
 *
 * @param contact the contact whose narrative names it
 * @param term    the term found
 */
public record IllnessNoted(int contact, String term) {
}
