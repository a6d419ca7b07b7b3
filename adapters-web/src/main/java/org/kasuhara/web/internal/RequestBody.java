// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A request body as text, decoded strictly: in the charset the {@code Content-Type} declares, UTF-8 otherwise, with
 * a leading byte order mark dropped. Bytes that are not valid in the charset are refused, never replaced by U+FFFD.
 */
final class RequestBody {
    private RequestBody() {
    }

    /** Why a body could not be read: the status to answer and a message that quotes nothing of the body. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Unreadable(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    /**
     * @param request a request whose declared length the filter has checked
     * @return the body as text
     * @throws Unreadable when the charset is unknown (415) or the bytes are not valid in it (400)
     * @throws IOException when the body cannot be read
     */
    static String text(HttpServletRequest request) throws IOException, Unreadable {
        Charset charset = charset(request.getCharacterEncoding());
        return decode(bytes(request), charset);
    }

    /**
     * @param request a request whose declared length the filter has checked
     * @return the body's bytes exactly as sent (what a signature covers)
     * @throws IOException when the body cannot be read
     */
    static byte[] bytes(HttpServletRequest request) throws IOException {
        int length = (int) Math.max(0, request.getContentLengthLong());
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(length);
        }
    }

    /**
     * @param bytes   a body
     * @param charset its charset
     * @return the body as text, a leading byte order mark dropped
     * @throws Unreadable when the bytes are not valid in the charset (400)
     */
    static String decode(byte[] bytes, Charset charset) throws Unreadable {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(400, "invalid_encoding", "body: not valid " + charset.name()
                    + "; send UTF-8 or declare the charset (Content-Type: application/json; charset=...)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Charset charset(String declared) throws Unreadable {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Unreadable(415, "unsupported_charset", "Content-Type: the declared charset is not supported;"
                    + " send UTF-8");
        }
    }
}
