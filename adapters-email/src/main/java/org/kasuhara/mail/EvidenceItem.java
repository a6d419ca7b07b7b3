// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.util.Objects;

/**
 * One piece of evidence kept with a mail case: an attachment, a part that could not be decoded, or the raw message.
 * Its bytes are in the {@link EvidenceStore} under {@link #sha256()}; they are never opened or run.
 *
 * @param kind        what it is
 * @param name        the file name the sender gave, or {@code null}
 * @param contentType the MIME type the sender declared (not trusted), e.g. {@code application/pdf}
 * @param size        bytes
 * @param sha256      SHA-256 of the bytes, 64 hex digits
 */
public record EvidenceItem(Kind kind, String name, String contentType, long size, String sha256) {
    /** Checks the fields. */
    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The kinds of evidence. */
    public enum Kind {
        /** A file attached to the message (including attached messages). */
        ATTACHMENT,
        /** A part whose text or transfer encoding could not be decoded, kept as received. */
        RAW_PART,
        /** The whole message as received. */
        RAW_MESSAGE
    }

    @Override
    public String toString() {
        return "EvidenceItem[kind=" + kind + ", contentType=" + contentType + ", size=" + size + ", sha256=" + sha256
                + "]";
    }
}
