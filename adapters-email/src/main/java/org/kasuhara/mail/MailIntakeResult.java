// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What taking one message in did. Holds no personal data, so it may be logged or printed.
 *
 * @param receipt         the receipt number (the original one for a message taken in before)
 * @param caseId          the case id derived from the Message-ID
 * @param resubmission    the message had been taken in before: nothing was stored again
 * @param disposition     accepted, or not accepted (threats or slander: kept, flagged for police)
 * @param acknowledgement what happened to the automatic reply
 * @param reportDueBy     the day the report to the organisation is due
 * @param problems        what could not be read cleanly
 */
public record MailIntakeResult(String receipt, String caseId, boolean resubmission, Disposition disposition,
                               Acknowledgement acknowledgement, LocalDate reportDueBy, Set<MailProblem> problems) {
    /** Checks the fields. */
    public MailIntakeResult {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        problems = Set.copyOf(problems);
    }

    /** Whether the counter takes the message on (JHA-2024). */
    public enum Disposition {
        /** Received; the counter verifies it and reports to the organisation. */
        ACCEPTED,
        /** Threats or slander against the organisation, its people or the counter: kept, reported to the police. */
        NOT_ACCEPTED
    }

    /**
     * The automatic reply.
     *
     * @param status what happened
     * @param reason why none was sent (e.g. {@code auto-submitted}, {@code mailing-list}), or {@code null}
     */
    public record Acknowledgement(Status status, String reason) {
        /** What happened to the reply. */
        public enum Status {
            /** Sent now. */
            SENT,
            /** Sent when the message was first taken in: not sent twice. */
            ALREADY_SENT,
            /** Not sent: the message is an auto-reply, a bounce, list traffic or our own reply (loop protection). */
            SUPPRESSED,
            /** Not sent: the message names no address to reply to. */
            NO_ADDRESS,
            /** Not sent: replies are switched off (offline ingest, or {@code kasuhara.mail.acknowledge=false}). */
            DISABLED
        }

        @Override
        public String toString() {
            return reason == null ? status.name() : status + "(" + reason + ")";
        }
    }
}
