// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * The firing rule's finding is an outburst the customer took back at once (an apology or a retraction right after
 * it). The finding still shows in the assessment, but when it is the only sign about the manner the verdict table
 * can weigh it with the demand ({@link Axes#takenBack()}): one shout over a fault the organisation confirmed, taken
 * back at once, does not make a legitimate complaint harassment (MHLW-2022 §B-1 weighs the manner as a whole).
 *
 * @param rule the id of the rule whose finding was taken back
 */
public record TakenBack(String rule) {
}
