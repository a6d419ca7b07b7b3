// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

/**
 * The sentence around a span of a text: from the end of the previous sentence to the end of the one holding the
 * span. A sentence ends at 。！？!? (and their full-width forms), a line break, or a full stop followed by a space.
 * A run-on text without any of them is cut {@value #REACH} characters either side of the span, so a long text full
 * of terms costs no more than its length for each.
 */
final class SentenceSpan {
    static final int REACH = 300;

    private SentenceSpan() {
    }

    /**
     * @param text  a text
     * @param start the span's start, inclusive
     * @param end   the span's end, exclusive
     * @return the sentence holding the span, stripped
     */
    static String around(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        while (from > 0 && start - from < REACH && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = Math.max(from, Math.min(end, text.length()));
        while (to < text.length() && to - end < REACH && !endsSentence(text, to)) {
            to++;
        }
        boolean ended = to < text.length() && endsSentence(text, to);
        return text.substring(from, ended ? to + 1 : to).strip();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '。', '！', '？', '!', '?', '\n', '．' -> true;
            case '.' -> i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            default -> false;
        };
    }
}
