// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/**
 * One anomaly, as reported to listeners. Never carries a caller number or transcript text.
 *
 * @param kind   what was wrong
 * @param callId the call, or {@code null} when unknown (malformed input)
 * @param detail what exactly, e.g. the missing field
 */
public record AnomalyReport(Anomaly kind, String callId, String detail) {
}
