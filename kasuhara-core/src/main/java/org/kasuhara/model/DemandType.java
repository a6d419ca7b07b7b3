// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/** What the customer asks for (docs/integration.md). Validity classes live in the guideline catalogue. */
public enum DemandType {
    /** Money back for the goods or service. */
    REFUND,
    /** The same product again (商品交換). */
    EXCHANGE,
    /** Repair of the goods. */
    REPAIR,
    /** An explanation of what happened. */
    EXPLANATION,
    /** An apology (謝罪), other than kneeling. */
    APOLOGY,
    /** A written apology (書面での謝罪). */
    WRITTEN_APOLOGY,
    /** A kneeling apology (土下座): harassment whatever the defect. */
    KNEELING_APOLOGY,
    /** Money beyond a refund: compensation, consolation or nuisance money (金銭補償・慰謝料・迷惑料). */
    MONETARY_COMPENSATION,
    /** A different or more expensive product. */
    DIFFERENT_PRODUCT,
    /** Dismissal of a member of staff (解雇の要求). */
    DISMISSAL_OF_STAFF,
    /** A member of staff's private data (name, address, phone). */
    STAFF_PERSONAL_DATA,
    /** Special treatment beyond what other customers receive. */
    SPECIAL_TREATMENT,
    /** A meeting, e.g. with a manager or at the customer's home. */
    MEETING,
    /** Anything else. */
    OTHER
}
