// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/** Whether a demand is valid on the established facts (MHLW-2022 p.7). */
public enum Validity {
    /** A defect or fault of the goods or service was found. */
    VALID,
    /** No defect was found, or the demand is unrelated to the goods or service. */
    LACKS_VALIDITY,
    /** The facts are not established yet. */
    UNKNOWN
}
