// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text: 「…」, 『…』, “…” and "…", nested ones included, and '…' where the marks cannot be
 * apostrophes: an opening ' after a space, a colon or a bracket and before a letter, closed by the next ' that follows a
 * letter or a sentence mark and stands before a space, a mark or the end ("he yelled 'get out, you old bat.' and left";
 * "don't" and "I'll" inside it stay words). Unclosed quotation marks are ignored: a stray 「 must not turn the rest of a
 * message into reported speech.
 */
final class QuoteSpans {
    private final List<int[]> spans; // {open, close}: offsets of the quotation marks themselves

    private QuoteSpans(List<int[]> spans) {
        this.spans = spans;
    }

    static QuoteSpans of(String text) {
        List<int[]> spans = new ArrayList<>();
        List<int[]> stack = new ArrayList<>(); // {position, expected closing mark}
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isQuotationMark(c)) {
                continue; // opens and closes nothing
            }
            int match = findOpen(stack, c);
            if (match >= 0) {
                spans.add(new int[] {stack.get(match)[0], i});
                stack.subList(match, stack.size()).clear();
            } else if (closerOf(c) != 0) {
                stack.add(new int[] {i, closerOf(c)});
            }
        }
        singleQuoted(text, spans);
        return new QuoteSpans(spans);
    }

    private static void singleQuoted(String text, List<int[]> spans) {
        int open = -1;
        for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (open < 0) {
                if ((Character.isWhitespace(before) || before == ':' || before == '(' || before == '[')
                        && Character.isLetter(after)) {
                    open = i;
                }
            } else if ((Character.isLetter(before) || ".!?,".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || ".,!?;:)]".indexOf(after) >= 0)) {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
    }

    /**
     * The innermost quotation that contains {@code [start, end)}.
     *
     * @return {open, close} offsets of its quotation marks, or {@code null} when the span is not quoted
     */
    int[] innermost(int start, int end) {
        int[] best = null;
        for (int[] span : spans) {
            if (span[0] < start && span[1] >= end && (best == null || span[0] > best[0])) {
                best = span;
            }
        }
        return best;
    }

    /**
     * Whether a quotation lies inside another one: 「待合室で男性が『殺すぞ』と言っていました」.
     *
     * @param quote {open, close} of a quotation of this text
     */
    boolean isNested(int[] quote) {
        for (int[] span : spans) {
            if (span[0] < quote[0] && span[1] > quote[1]) {
                return true;
            }
        }
        return false;
    }

    private static int findOpen(List<int[]> stack, char c) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k)[1] == c) {
                return k;
            }
        }
        return -1;
    }

    /** @return whether {@code c} is one of the marks {@link #closerOf(char)} knows, opening or closing */
    private static boolean isQuotationMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || (c >= '\u300C' && c <= '\u300F');
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '\u300C' -> '\u300D';
            case '\u300E' -> '\u300F';
            case '\u201C' -> '\u201D';
            case '"' -> '"';
            default -> 0;
        };
    }
}
