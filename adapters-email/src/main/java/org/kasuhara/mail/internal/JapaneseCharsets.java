// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes text as Japanese mail clients label it. Labels name families rather than exact tables: "Shift_JIS" mail is
 * written with Windows-31J (CP932: ①, Ⅱ, 髙), "ISO-2022-JP" with its Microsoft variant, so each label maps to
 * candidates tried strictly in order. An unknown or missing label, or a label the bytes do not fit, falls back to
 * detection.
 */
public final class JapaneseCharsets {
    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("shift_jis", List.of("windows-31j", "Shift_JIS")),
            Map.entry("shift-jis", List.of("windows-31j", "Shift_JIS")),
            Map.entry("sjis", List.of("windows-31j", "Shift_JIS")),
            Map.entry("x-sjis", List.of("windows-31j", "Shift_JIS")),
            Map.entry("ms_kanji", List.of("windows-31j")),
            Map.entry("csshiftjis", List.of("windows-31j")),
            Map.entry("windows-31j", List.of("windows-31j")),
            Map.entry("cp932", List.of("windows-31j")),
            Map.entry("ms932", List.of("windows-31j")),
            Map.entry("x-ms-cp932", List.of("windows-31j")),
            Map.entry("iso-2022-jp", List.of("x-windows-iso2022jp", "ISO-2022-JP", "x-windows-50221")),
            Map.entry("csiso2022jp", List.of("x-windows-iso2022jp", "ISO-2022-JP", "x-windows-50221")),
            Map.entry("iso-2022-jp-1", List.of("x-windows-iso2022jp", "ISO-2022-JP", "x-windows-50221")),
            Map.entry("iso-2022-jp-2", List.of("ISO-2022-JP-2", "x-windows-iso2022jp")),
            Map.entry("euc-jp", List.of("EUC-JP", "x-eucJP-Open")),
            Map.entry("x-euc-jp", List.of("EUC-JP", "x-eucJP-Open")),
            Map.entry("eucjp", List.of("EUC-JP", "x-eucJP-Open")),
            Map.entry("cseucpkdfmtjapanese", List.of("EUC-JP", "x-eucJP-Open")),
            Map.entry("utf8", List.of("UTF-8")));
    private static final List<String> DETECTION = List.of("UTF-8", "windows-31j", "EUC-JP", "x-eucJP-Open");

    private JapaneseCharsets() {
    }

    /**
     * Decodes bytes labelled with a charset.
     *
     * @param bytes the text's bytes, transfer encoding already removed
     * @param label the charset label of the part, or {@code null}
     * @return the text, how it was decoded, and whether it needed detection or replacement characters
     */
    public static DecodedText decode(byte[] bytes, String label) {
        List<Charset> named = candidates(label);
        for (Charset charset : named) {
            String text = strict(bytes, charset);
            if (text != null && text.indexOf('\u001b') < 0) {
                return new DecodedText(text, charset, DecodedText.Quality.AS_LABELLED);
            }
        }
        DecodedText detected = detect(bytes);
        if (detected != null) {
            return new DecodedText(detected.text(), detected.charset(),
                    label == null && !isAscii(bytes) || label != null ? DecodedText.Quality.DETECTED
                            : DecodedText.Quality.AS_LABELLED);
        }
        Charset fallback = named.isEmpty() ? Charset.forName("windows-31j") : named.get(0);
        return new DecodedText(new String(bytes, fallback), fallback, DecodedText.Quality.REPLACED);
    }

    /**
     * Guesses the charset of unlabelled bytes: ISO-2022-JP by its escapes, else the strict decode that reads most
     * like Japanese (so EUC-JP is not read as half-width katakana in Shift_JIS).
     *
     * @param bytes the bytes
     * @return the best strict decoding, or {@code null} when none decodes cleanly
     */
    public static DecodedText detect(byte[] bytes) {
        if (isAscii(bytes)) {
            List<String> family = containsEscape(bytes) ? FAMILIES.get("iso-2022-jp") : List.of("US-ASCII");
            for (String name : family) {
                String text = strict(bytes, Charset.forName(name));
                if (text != null) {
                    return new DecodedText(text, Charset.forName(name), DecodedText.Quality.DETECTED);
                }
            }
            return null;
        }
        DecodedText best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String name : DETECTION) {
            Charset charset = Charset.forName(name);
            String text = strict(bytes, charset);
            if (text != null && score(text) > bestScore) {
                bestScore = score(text);
                best = new DecodedText(text, charset, DecodedText.Quality.DETECTED);
            }
        }
        return best;
    }

    /**
     * @param label a charset label
     * @return whether the label names a charset this JVM has (through the Japanese families too)
     */
    public static boolean isKnown(String label) {
        return !candidates(label).isEmpty();
    }

    private static List<Charset> candidates(String label) {
        List<Charset> result = new ArrayList<>();
        if (label == null || label.isBlank()) {
            return result;
        }
        String key = label.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        for (String name : FAMILIES.getOrDefault(key, List.of(key))) {
            try {
                result.add(Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown label: detection decides
            }
        }
        return result;
    }

    /** Hiragana, katakana and kanji count for a reading; half-width katakana and private-use characters against it. */
    private static int score(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u30ff' || c >= '\u4e00' && c <= '\u9fff' || c >= '\u3000' && c <= '\u303f') {
                score += 2;
            } else if (c >= '\uff61' && c <= '\uff9f' || c >= '\ue000' && c <= '\uf8ff' || c < 0x20 && c != '\n'
                    && c != '\r' && c != '\t') {
                score -= 3;
            }
        }
        return score;
    }

    static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsEscape(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0x1b) {
                return true;
            }
        }
        return false;
    }

    /** @return the bytes of a header value that Jakarta Mail read as ISO-8859-1 characters (raw 8-bit headers) */
    static byte[] latin1(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
