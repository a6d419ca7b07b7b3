// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.facts;

/**
 * One call as the monitor sees it at the moment the rules run: while it runs ({@code open}), at each whole minute
 * and at each event, or once it ended. No caller number: the monitor keeps callers pseudonymised.
 *
 * @param callId       the CRM's id of the call
 * @param matter       what the call is about (e.g. an order number), or {@code null}
 * @param organization the organisation whose policy applies, or {@code null} for the defaults
 * @param open         whether the call is still running
 * @param minutes      whole minutes since it started (its length once ended)
 * @param offHours     whether it started in the policy's off-hours window
 * @param warned       whether an approaching-confinement alert was already raised for this call
 * @param timeRange    start (and end) as local times, e.g. {@code 14:03–} or {@code 14:03–15:17}, for evidence
 */
public record CallFact(String callId, String matter, String organization, boolean open, long minutes,
                       boolean offHours, boolean warned, String timeRange) {
}
