// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/**
 * What one poll of the mailbox did.
 *
 * @param processed moved to the processed folder (accepted)
 * @param rejected  moved to the rejected folder (not accepted: threats, flagged for police)
 * @param failed    given up after the maximum attempts and moved to the failed folder
 * @param retrying  left in the inbox to try again at the next poll
 */
public record BatchSummary(int processed, int rejected, int failed, int retrying) {
    /** @return every message the poll looked at */
    public int total() {
        return processed + rejected + failed + retrying;
    }
}
