// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * A time or count line of the policy was reached (a call of the confinement line, contacts that reach the repeat
 * line): the third axis of Tokyo's common manual (time, count, frequency). Such a line makes conduct inappropriate
 * only together with the manner: on its own, with a courteous customer, it calls for a person's review, never for a
 * harassment verdict (MHLW-2022 p.7: harassment needs inappropriate means). The signal rule that finds the line
 * inserts its finding and this fact; the verdict rules read both.
 *
 * @param rule the id of the rule whose finding reached the line
 */
public record LineReached(String rule) {
}
