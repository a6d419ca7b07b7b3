// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import java.time.OffsetDateTime;
import org.kasuhara.model.Channel;

/**
 * One contact of the case: when the problem happened, with whom, and what was said or written.
 *
 * @param channel      how the contact happened, or {@code null} when not said
 * @param start        when it started, in the report's zone, or {@code null}
 * @param end          when it ended, or {@code null}
 * @param minutes      its length in whole minutes (0 when unknown)
 * @param staff        the staff member, the withheld mark, or {@code null}
 * @param text         what was said or written (personal data the applicant did not consent to share replaced by
 *                     the withheld mark; the purged mark after the retention purge), or {@code null}
 * @param exitRequests how often staff asked the person to leave or end the call
 */
public record ReportContact(Channel channel, OffsetDateTime start, OffsetDateTime end, long minutes, String staff,
                            String text, int exitRequests) {
}
