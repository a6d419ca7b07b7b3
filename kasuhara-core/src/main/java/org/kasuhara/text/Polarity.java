// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

/** Which way a signal weighs in the verdict. */
public enum Polarity {
    /** Evidence of a harassing behaviour of the customer's. */
    HARASSMENT,
    /**
     * Protective: legal recourse, a customer's right (MHLW-2022 p.7), or an outburst taken back (retraction); weighs
     * against a harassment verdict.
     */
    PROTECTIVE,
    /** No weight: negated, or abuse the customer reports having received. */
    NONE
}
