// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message to send: a report to the organisation, the monthly totals, an acknowledgement.
 *
 * @param subject     the subject
 * @param text        the plain-text body (always sent; the HTML, when given, is its alternative)
 * @param html        an HTML body, or {@code null}
 * @param attachments files to attach
 */
public record OutgoingMail(String subject, String text, String html, List<Attachment> attachments) {
    /** Checks the fields and copies the list. */
    public OutgoingMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }

    /** @param subject the subject @param text the body @return a plain-text message without attachments */
    public static OutgoingMail text(String subject, String text) {
        return new OutgoingMail(subject, text, null, List.of());
    }

    /**
     * A file to attach.
     *
     * @param name        its file name (may be Japanese)
     * @param contentType its MIME type, e.g. {@code application/pdf} or {@code text/csv; charset=UTF-8}
     * @param content     its bytes
     */
    public record Attachment(String name, String contentType, byte[] content) {
        /** Checks the fields and copies the bytes. */
        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
