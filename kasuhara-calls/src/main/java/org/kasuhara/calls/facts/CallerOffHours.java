// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.facts;

/**
 * How many of the caller's calls within the policy's repeat window started off hours, this call included.
 *
 * @param count      off-hours calls within the window
 * @param windowDays the window, in days
 */
public record CallerOffHours(int count, int windowDays) {
}
