// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * Derived when the message itself threatens or slanders the organisation, its people or the counter (JHA-2024):
 * the verdict layer marks it not accepted and for the police.
 *
 * @param rule     the rule that derived it
 * @param evidence what showed it
 */
public record MessageNotAccepted(String rule, String evidence) {
}
