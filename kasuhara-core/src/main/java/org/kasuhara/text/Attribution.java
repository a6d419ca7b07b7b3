// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

/** Whose conduct a matched term describes, as far as the analyser can tell. */
public enum Attribution {
    /** The customer's own words or conduct: evidence. */
    CUSTOMER,
    /** Words the customer reports having received from someone else (quoted abuse): not evidence against them. */
    QUOTED_BY_CUSTOMER
}
