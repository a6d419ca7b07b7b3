// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

/**
 * Whose words a text is. Quotation means opposite things for the two: a customer quoting abuse they received is
 * not evidence against the customer, while a staff narrative quoting what the customer said is.
 */
public enum Speaker {
    /** The customer's own written or recorded words (web form, e-mail, voicemail, letter, chat). */
    CUSTOMER,
    /** A call transcript or a staff member's narrative of what happened. */
    STAFF_NARRATIVE
}
