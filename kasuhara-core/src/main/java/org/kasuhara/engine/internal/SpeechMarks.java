// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kasuhara.text.internal.CharClasses;

/**
 * The words a transcript line puts between speech marks after the speaker's label (顧客「アホか」, Customer: "you
 * idiot"), for the statistical net: with the marks, the customer's own words read to it like words a customer
 * reports having received, which it learnt to call ordinary talk. Only a line that is a label and its marks and
 * nothing else: in 「前の人から「名前覚えたからな」とすごまれていた」 the sentence tells whose words they are.
 */
final class SpeechMarks {
    private static final String OPENING = "\u300C\u300E\u201C\"";
    private static final String CLOSING = "\u300D\u300F\u201D\"";
    /** Who speaks, as a transcript labels a line; a label may add a letter, a number or a note in brackets. */
    private static final List<String> SPEAKERS = List.of("顧客", "客", "お客", "お客様", "お客さま", "お客さん", "利用者",
            "患者", "保護者", "相談者", "申出人", "customer", "caller", "client", "guest", "patient", "parent");
    /** What a label may add to the speaker: a letter or number, or a note in brackets. */
    private static final Pattern SUFFIX = Pattern.compile("\\s*(?:[\\p{Alnum}]{1,2}|[（(][^）)]{0,12}[）)])?");

    private SpeechMarks() {
    }

    /**
     * @param text  the contact's text
     * @param from  the sentence's first offset
     * @param to    the sentence's end, exclusive
     * @param start the term's first offset
     * @param end   the term's end, exclusive
     * @return the words inside the marks the term stands in, when those marks follow a speaker's label (in this
     *         sentence or an earlier one of its line) and nothing but a sentence end follows them; else {@code from}
     *         and {@code to}
     */
    static int[] inside(String text, int from, int to, int start, int end) {
        int[] whole = {from, to};
        // the marks may open in an earlier sentence of the same line: 顧客「ふざけるな。お前アホか」
        int open = opening(text, lineStart(text, from), Math.min(start, to));
        if (open < 0 || !label(text.substring(sentenceStart(text, open), open))) {
            return whole;
        }
        int close = closing(text, Math.max(end, open + 1), to, text.charAt(open));
        int after = close < 0 ? to : close + 1;
        for (int i = after; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !CharClasses.isSentenceEnd(text.charAt(i))) {
                return whole; // words after the marks (「…」と言った): a narrative, read whole
            }
        }
        return new int[] {Math.max(open + 1, from), close < 0 ? to : close};
    }

    /** The start of the line that holds {@code at}, looking back no further than a long sentence. */
    private static int lineStart(String text, int at) {
        int limit = Math.max(0, at - FactDeriver.SENTENCE_REACH);
        int from = at;
        while (from > limit && text.charAt(from - 1) != '\n') {
            from--;
        }
        return from;
    }

    /** The start of the sentence before the mark at {@code open}, read as the facts read sentences. */
    private static int sentenceStart(String text, int open) {
        return CharClasses.sentenceAround(text, open, open, FactDeriver.SENTENCE_REACH)[0];
    }

    /** The opening mark the term stands in, skipping pairs closed before it; -1 when none. */
    private static int opening(String text, int from, int before) {
        int[] closed = new int[OPENING.length()];
        for (int i = before - 1; i >= from; i--) {
            char c = text.charAt(i);
            int kind = CLOSING.indexOf(c);
            if (kind >= 0 && c != '"') {
                closed[kind]++;
                continue;
            }
            kind = OPENING.indexOf(c);
            if (kind >= 0) {
                if (closed[kind] == 0) {
                    return i;
                }
                closed[kind]--;
            }
        }
        return -1;
    }

    /** The mark that closes the one at {@code open}, skipping inner pairs of the same kind; -1 when none. */
    private static int closing(String text, int from, int to, char open) {
        int kind = OPENING.indexOf(open);
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == CLOSING.charAt(kind)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == open) {
                depth++;
            }
        }
        return -1;
    }

    /** Nothing, or a speaker's label: 顧客, 客：, 客A, 顧客（60代男性）, Customer:, Caller 2. */
    private static boolean label(String before) {
        String label = before.strip().toLowerCase(Locale.ROOT);
        if (label.endsWith(":") || label.endsWith("：")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        if (label.isEmpty()) {
            return true;
        }
        for (String speaker : SPEAKERS) {
            if (label.startsWith(speaker) && SUFFIX.matcher(label.substring(speaker.length())).matches()) {
                return true;
            }
        }
        return false;
    }
}
