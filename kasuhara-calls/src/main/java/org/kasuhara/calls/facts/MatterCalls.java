// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.facts;

/**
 * How many calls the caller made on the call's matter within the policy's repeat window, this call included.
 *
 * @param matter     the matter, or {@code null} when the CRM names none (the caller's calls are then one matter)
 * @param count      calls on the matter within the window
 * @param windowDays the window, in days
 */
public record MatterCalls(String matter, int count, int windowDays) {
}
