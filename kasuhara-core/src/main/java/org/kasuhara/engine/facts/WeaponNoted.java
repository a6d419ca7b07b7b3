// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * Derived when the note of a staff observation names a weapon the customer had, showed or used — a knife, a box
 * cutter, a hammer (「カッターナイフを見せた」, "showed a kitchen knife in an open backpack"). A weapon is a threat to
 * life or body and a matter for the police (TOKYO-2025-MANUAL p.39). The note itself never becomes evidence: it is
 * free text that may name people; only which observation and which weapon word are kept.
 *
 * @param observation the index of the observation whose note names it
 * @param term        the weapon word found
 */
public record WeaponNoted(int observation, String term) {
}
