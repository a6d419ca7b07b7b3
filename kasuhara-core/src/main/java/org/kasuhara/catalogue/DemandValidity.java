// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

/**
 * How the validity of a demand bears on the verdict (MHLW-2022 p.7 and §B-2): the decisive axis is the manner, but
 * some demands are harassment whatever the defect, and some only relative to what actually went wrong.
 */
public enum DemandValidity {
    /** Harassment whatever the defect, e.g. a kneeling apology or a member of staff's private data. */
    ALWAYS_HARASSMENT,
    /** Legitimate or harassment depending on whether the demand is proportionate to a confirmed defect. */
    DEPENDS_ON_VALIDITY,
    /** Normally legitimate; only the manner in which it is pursued can make it harassment. */
    NORMALLY_LEGITIMATE
}
