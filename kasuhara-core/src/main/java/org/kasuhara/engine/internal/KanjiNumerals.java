// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

/**
 * Sums written in kanji numerals, as letters and e-mails often write them: 八万四千三百円 → 84300円, 3万2千円 → 32000円,
 * 一万二千六百 → 12600. A run of numerals with at least one unit (十, 百, 千, 万, 億) becomes its value in Arabic digits;
 * everything else is left as it is. Only sums are compared afterwards, so words that contain a numeral (一度, 万が一)
 * may be rewritten harmlessly.
 */
final class KanjiNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private KanjiNumerals() {
    }

    /**
     * @param text text whose full-width digits are already folded and thousands separators dropped
     * @return the text with every run of kanji numerals that has a unit replaced by its value
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            boolean unit = false;
            while (end < text.length() && isNumeral(text.charAt(end))) {
                unit |= unitOf(text.charAt(end)) > 0;
                end++;
            }
            if (end > i && unit) {
                out.append(value(text, i, end));
                i = end;
            } else {
                out.append(text, i, Math.max(end, i + 1));
                i = Math.max(end, i + 1);
            }
        }
        return out.toString();
    }

    private static long value(String text, int from, int to) {
        long total = 0;
        long section = 0;
        long digits = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            long unit = unitOf(c);
            if (unit == 0) {
                long d = c >= '0' && c <= '9' ? c - '0' : DIGITS.indexOf(c);
                digits = digits < 0 ? d : digits * 10 + d;
            } else if (unit < 10_000) {
                section += (digits < 0 ? 1 : digits) * unit;
                digits = -1;
            } else {
                total += (section + Math.max(digits, 0)) * unit;
                section = 0;
                digits = -1;
            }
        }
        return total + section + Math.max(digits, 0);
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || DIGITS.indexOf(c) >= 0 || unitOf(c) > 0;
    }

    private static long unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            case '億' -> 100_000_000;
            default -> 0;
        };
    }
}
