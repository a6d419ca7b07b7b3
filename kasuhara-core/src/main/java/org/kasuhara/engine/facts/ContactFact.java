// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import java.time.OffsetDateTime;
import org.kasuhara.model.Channel;

/**
 * One contact, with what the rules need already worked out in the policy's zone.
 *
 * @param index           the contact's index in the case
 * @param channel         the contact's channel (the case's when the contact names none)
 * @param start           when it started, or {@code null}
 * @param end             when it ended, or {@code null}
 * @param minutes         whole minutes it lasted (0 when unknown)
 * @param offHours        whether it started in the policy's off-hours window
 * @param exitRequests    how many times the customer was asked to leave or end the call
 * @param customerWritten whether its text is the customer's own message (no member of staff narrates it)
 * @param timeRange       start and end as local times, e.g. {@code 14:03–15:17}, for evidence
 */
public record ContactFact(int index, Channel channel, OffsetDateTime start, OffsetDateTime end, long minutes,
                          boolean offHours, int exitRequests, boolean customerWritten, String timeRange) {

    /**
     * Whether the contact is a conversation in real time (call or face to face), where confinement applies.
     *
     * @return {@code true} for phone, in-person and visit contacts
     */
    public boolean isLive() {
        return channel == Channel.PHONE || channel == Channel.IN_PERSON || channel == Channel.VISIT;
    }
}
