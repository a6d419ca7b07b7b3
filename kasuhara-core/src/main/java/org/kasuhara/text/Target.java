// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

/**
 * Whom a signal is aimed at, as far as the words around it tell. Rules may treat an attack on the counter itself
 * (JHA-2024: not accepted) or on one named employee (personal attack) differently from one on the organisation.
 */
public enum Target {
    /** The organisation, its store or brand (「御社」「この店」, "your company"). */
    ORGANISATION,
    /** A member of staff: addressed directly (「お前」「あんた」), named (「田中さん」) or described (「店員」, "the clerk"). */
    EMPLOYEE,
    /** The harassment counter or helpline that receives the message (「この窓口」, "this hotline"). */
    COUNTER,
    /**
     * The speaker themself: an insult the customer applies to themselves (「私がバカでした」, "I was such an idiot")
     * is self-reproach, not an attack; it is never evidence.
     */
    SELF,
    /** Nothing in the sentence says. */
    UNKNOWN
}
