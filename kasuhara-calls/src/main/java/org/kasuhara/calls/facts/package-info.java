// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The facts the live call monitor inserts for the call-alert rules of a rule set's {@code calls/} folder, and
 * {@link org.kasuhara.calls.facts.CallAlerts}, with which those rules raise alerts. Rules in {@code calls/} also
 * see the organisation's {@link org.kasuhara.policy.Policy} and the {@link org.kasuhara.text.TextSignal}s of a
 * transcript chunk.
 */
package org.kasuhara.calls.facts;
