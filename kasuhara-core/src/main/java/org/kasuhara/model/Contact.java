// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One contact: a call, a visit, a message.
 *
 * <p>{@link #toString()} omits the staff member and the text, which may hold personal data.
 *
 * @param channel      how the contact happened; {@code null} means the case's channel
 * @param start        when it started (or was sent), with offset
 * @param end          when it ended; must not be before {@code start}, and requires it
 * @param staff        the member of staff involved (an id or name: personal data)
 * @param text         transcript, message body or staff narrative
 * @param exitRequests how many times the customer was asked to leave or end the call
 */
public record Contact(Channel channel, OffsetDateTime start, OffsetDateTime end, String staff, String text,
                      Integer exitRequests) {
    /** Checks the fields. */
    public Contact {
        FieldViolation.check(end == null || start != null, "start", "is required when end is given");
        FieldViolation.check(end == null || !end.isBefore(start), "end",
                "must not be before start (" + start + "), was " + end);
        FieldViolation.check(exitRequests == null || exitRequests >= 0, "exitRequests",
                "must be 0 or more, was " + exitRequests);
    }

    /**
     * How long the contact lasted.
     *
     * @return the duration, or {@link Duration#ZERO} when start or end is unknown
     */
    public Duration duration() {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }

    /**
     * Exit requests, zero when not recorded.
     *
     * @return the number of requests to leave
     */
    public int exitRequestCount() {
        return exitRequests == null ? 0 : exitRequests;
    }

    @Override
    public String toString() {
        return "Contact[channel=" + channel + ", start=" + start + ", end=" + end + ", staff="
                + Applicant.redact(staff) + ", text=" + (text == null ? "null" : "<" + text.length() + " chars>")
                + ", exitRequests=" + exitRequests + "]";
    }
}
