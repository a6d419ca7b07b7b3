// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/**
 * Something about a message that a person should know: the message was still taken in, and what could not be read
 * is kept as raw evidence.
 */
public enum MailProblem {
    /** A text part named no charset or an unknown one; it was decoded by detection. */
    UNKNOWN_CHARSET,
    /** A text part's bytes did not fit its labelled charset; it was decoded by detection. */
    CHARSET_MISMATCH,
    /** A text part could not be decoded cleanly: replacement characters stand for bytes; the raw part is kept. */
    UNDECODABLE_TEXT,
    /** A part's transfer encoding (base64, quoted-printable) is broken or truncated; the raw part is kept. */
    BROKEN_TRANSFER_ENCODING,
    /** The MIME structure is broken (boundaries, content type); the raw body was read as text and kept. */
    MALFORMED_MIME,
    /** The message has no text at all (subject and body empty). */
    NO_TEXT,
    /** No Message-ID header: the case id comes from the raw bytes instead. */
    MISSING_MESSAGE_ID,
    /** The Date header is missing, unreadable or outside 2000..2099: the receive time was used. */
    UNREADABLE_DATE,
    /**
     * The MIME tree is nested deeper than {@value org.kasuhara.mail.internal.PartWalker#MAX_DEPTH} levels or has more
     * than {@value org.kasuhara.mail.internal.PartWalker#MAX_PARTS} parts: what lies beyond was kept raw, unread.
     */
    TOO_COMPLEX
}
