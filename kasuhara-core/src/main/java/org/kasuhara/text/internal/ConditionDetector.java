// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;

/**
 * Conditional threats: 「返金しないなら殺すぞ」「土下座しなければ晒す」「殴られたくなかったら金を返せ」, "if you don't
 * refund me I'll kill you", "refund me or else". A condition does not make a threat less of a threat — it is the
 * classic form of coercion — so a conditional signal stays evidence; the flag lets a finding say so.
 *
 * <ul>
 *   <li>Japanese: a conditional ending (なら, ば, たら, と after a negative…) earlier in the same sentence, at most
 *       {@value #JA_REACH} characters before the match, or a negative condition right after it
 *       (〜たくなかったら).</li>
 *   <li>English: "if", "unless" or "otherwise" earlier in the sentence; "or else", "unless", "if you don't" after
 *       the match in the same sentence.</li>
 * </ul>
 */
final class ConditionDetector {
    static final int JA_REACH = 30;

    private static final Phrases JA_CONDITIONS = Phrases.of("ないなら", "ないんなら", "ないんだったら", "なければ",
            "なきゃ", "なかったら", "ないと", "ないのなら", "ねえなら", "ねぇなら", "ないってんなら", "ないつもりなら",
            "くなかったら", "くなければ", "たくないなら", "しだいで", "次第で", "場合は", "ようなら", "気なら", "るなら",
            "たら", "れば", "ったら");
    private static final Phrases JA_AFTER = Phrases.of("たくなかったら", "たくなければ", "たくないなら");
    private static final List<String> EN_BEFORE = List.of("if", "unless", "otherwise", "until");

    private ConditionDetector() {
    }

    static boolean isConditional(String text, Candidate match) {
        return japaneseConditionBefore(text, match.start()) || japaneseConditionAfter(text, match.end())
                || englishCondition(text, match);
    }

    private static boolean japaneseConditionBefore(String text, int start) {
        for (int at = start - 1; at >= Math.max(0, start - JA_REACH); at--) {
            char c = text.charAt(at);
            if (CharClasses.isSentenceEnd(c)) {
                return false;
            }
            if (CharClasses.isHiragana(c)) {
                int length = JA_CONDITIONS.matchAt(text, at);
                if (length > 0 && at + length <= start) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean japaneseConditionAfter(String text, int end) {
        for (int at = end; at < Math.min(text.length(), end + 6); at++) {
            if (JA_AFTER.matchAt(text, at) > 0) {
                return true;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    private static boolean englishCondition(String text, Candidate match) {
        List<String> before = EnglishWords.before(text, match.start(), 12, false);
        for (int k = 0; k < before.size(); k++) {
            String word = before.get(k);
            if (EN_BEFORE.contains(word) || (word.equals("else") && k + 1 < before.size()
                    && before.get(k + 1).equals("or"))) {
                return true;
            }
        }
        List<String> after = EnglishWords.after(text, match.end(), 8, false);
        for (int k = 0; k < after.size(); k++) {
            String word = after.get(k);
            if (word.equals("unless") || (word.equals("else") && k > 0 && after.get(k - 1).equals("or"))) {
                return true;
            }
            if (word.equals("if") && k + 1 < after.size() && after.get(k + 1).equals("you")) {
                return true;
            }
        }
        return false;
    }
}
