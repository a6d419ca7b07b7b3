// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import java.time.OffsetDateTime;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.FieldViolation;

/** What every helpdesk ticket becomes: one case with one contact holding the subject and the description. */
final class Tickets {
    private Tickets() {
    }

    /**
     * @param vendor      the case id's prefix, e.g. {@code zendesk}
     * @param ticketId    the vendor's ticket id or number
     * @param idPath      where the payload holds it
     * @param receivedAt  when the ticket was opened
     * @param timePath    where the payload holds it
     * @param channel     how it reached the helpdesk
     * @param subject     its subject, or {@code null}
     * @param description its description (the customer's message), or {@code null}
     * @param applicant   the requester
     * @return the case
     * @throws InvalidPayload when the id or time cannot be a case's (the case's own check, with the vendor's path)
     */
    static Case toCase(String vendor, String ticketId, String idPath, OffsetDateTime receivedAt, String timePath,
            Channel channel, String subject, String description, Applicant applicant) throws InvalidPayload {
        String id = vendor + "-" + ticketId;
        String text = subject == null ? description : description == null ? subject : subject + "\n\n" + description;
        try {
            return Case.builder(id, receivedAt, channel).matter(id).applicant(applicant)
                    .contact(new Contact(channel, receivedAt, null, null, text, null)).build();
        } catch (FieldViolation e) {
            throw new InvalidPayload(e.field().equals("id") ? idPath : e.field().equals("receivedAt") ? timePath
                    : e.field(), e.reason());
        }
    }
}
