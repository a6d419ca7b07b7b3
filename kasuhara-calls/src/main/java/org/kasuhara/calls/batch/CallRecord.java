// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

/**
 * One call-detail record.
 *
 * @param line            the record's line in its file (1-based; the header is line 1 of a CSV file)
 * @param caller          who called (personal data)
 * @param matter          what about, or {@code null}
 * @param organization    whose policy applies, or {@code null}
 * @param startSecond     when it started, epoch seconds
 * @param durationSeconds how long it lasted
 */
public record CallRecord(long line, String caller, String matter, String organization, long startSecond,
                         int durationSeconds) {
}
