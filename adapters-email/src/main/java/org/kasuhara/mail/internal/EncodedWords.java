// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header values: RFC 2047 encoded words ({@code =?ISO-2022-JP?B?…?=}) with Japanese charset families, and raw
 * 8-bit headers that some clients send unencoded. Adjacent words of one charset are joined as bytes before decoding,
 * because clients split multi-byte characters across words.
 */
public final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

    private EncodedWords() {
    }

    /**
     * Decodes a header value; never fails (an undecodable word stays as written).
     *
     * @param raw the header value as Jakarta Mail read it (bytes as ISO-8859-1 characters), may be folded
     * @return the decoded text, unfolded
     */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.replaceAll("\\r?\\n[ \\t]+", " ").replace("\r", "").replace("\n", "");
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(value);
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String gap = value.substring(last, m.start());
            boolean adjacent = pendingCharset != null && BETWEEN_WORDS.matcher(gap).matches();
            String charset = m.group(1).replaceFirst("\\*.*$", "");   // RFC 2231 language suffix
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                if (!adjacent) {
                    out.append(raw8bit(gap));
                }
                pendingCharset = charset;
            }
            byte[] bytes = wordBytes(m.group(2), m.group(3));
            if (bytes == null) {
                flush(out, pending, pendingCharset);
                out.append(m.group());
                pendingCharset = null;
            } else {
                pending.writeBytes(bytes);
            }
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(raw8bit(value.substring(last)));
        return out.toString().trim();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            out.append(JapaneseCharsets.decode(pending.toByteArray(), charset).text());
            pending.reset();
        }
    }

    private static byte[] wordBytes(String encoding, String text) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                return Base64.getMimeDecoder().decode(text);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '_') {
                    bytes.write(' ');
                } else if (c == '=' && i + 2 < text.length()) {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            return bytes.toByteArray();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Unencoded text outside words: ASCII as is, raw 8-bit bytes (read as ISO-8859-1) decoded by detection. */
    private static String raw8bit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xff) {
                return text;      // already characters, not bytes
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f || text.charAt(i) == 0x1b) {
                byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                return JapaneseCharsets.decode(bytes, null).text();
            }
        }
        return text;
    }
}
