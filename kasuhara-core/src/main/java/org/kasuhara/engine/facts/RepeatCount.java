// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * How many contacts the case has on its matter within the policy's repeat window.
 *
 * @param matter     the matter, or {@code null} when the case names none (its contacts are one matter)
 * @param count      the largest number of contacts that fall within one window
 * @param windowDays the window, in days
 */
public record RepeatCount(String matter, int count, int windowDays) {
}
