// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.InputStream;
import java.util.Locale;

/** Small readings of parts that never throw for a malformed header. */
final class MailText {
    private MailText() {
    }

    static boolean isBlank(Part part) {
        try (InputStream in = part.getInputStream()) {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return JapaneseCharsets.decode(in.readAllBytes(), charset).text().isBlank();
        } catch (Exception e) {
            return false;   // unreadable: chosen, so that the walker keeps it raw and flags it
        }
    }

    static String transferEncoding(Part part) {
        try {
            String[] values = part.getHeader("Content-Transfer-Encoding");
            return values == null ? "7bit" : values[0].trim().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "7bit";
        }
    }

    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : EncodedWords.decode(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static InputStream rawStream(MimePart part) throws MessagingException, java.io.IOException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return part.getInputStream();
    }
}
