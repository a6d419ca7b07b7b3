// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Weapons, as a member of staff's observation note names them: 「果物ナイフを向けた」, "Open box cutter placed on
 * counter". A note that says there was none (「凶器なし」, 「刃物は持っていなかった」, "no weapon seen", "without a
 * knife") names none. English words match whole words only ("begun" holds no gun).
 */
final class WeaponTerms {
    private static final List<String> JAPANESE = List.of("刃物", "包丁", "ナイフ", "カッター", "凶器", "ハサミ", "はさみ",
            "鋏", "木刀", "竹刀", "鉄パイプ", "スタンガン", "拳銃", "ピストル", "猟銃", "日本刀", "バット", "バール", "ハンマー",
            "金づち", "金槌", "斧", "鎌", "催涙スプレー", "ガソリン", "灯油");
    private static final List<String> ENGLISH = List.of("knife", "knives", "box cutter", "cutter", "blade", "razor",
            "gun", "pistol", "revolver", "firearm", "rifle", "weapon", "hammer", "crowbar", "machete", "axe", "hatchet",
            "baseball bat", "bat", "scissors", "taser", "stun gun", "pepper spray", "petrol", "gasoline");
    /** Japanese negations after the word in its clause. */
    private static final List<String> JAPANESE_NEGATIONS = List.of("なし", "無し", "ない", "なかった", "ません", "せず",
            "見当たら");
    /** English negations up to this many characters before the word ("no weapon", "did not show a knife"). */
    private static final int ENGLISH_REACH = 24;

    private WeaponTerms() {
    }

    /**
     * @param note an observation note, may be {@code null}
     * @return the first weapon it names and does not deny, or {@code null}
     */
    static String find(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        for (String term : JAPANESE) {
            for (int at = note.indexOf(term); at >= 0; at = note.indexOf(term, at + 1)) {
                if (!deniedAfter(note, at + term.length())) {
                    return term;
                }
            }
        }
        String lower = AsciiLower.of(note);
        for (String term : ENGLISH) {
            for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
                if (isWord(lower, at, at + term.length()) && !deniedBefore(lower, at)) {
                    return term;
                }
            }
        }
        return null;
    }

    private static boolean deniedAfter(String note, int from) {
        int end = from;
        while (end < note.length() && "。、,.;；".indexOf(note.charAt(end)) < 0) {
            end++;
        }
        String clause = note.substring(from, end);
        return JAPANESE_NEGATIONS.stream().anyMatch(clause::contains);
    }

    private static boolean deniedBefore(String lower, int at) {
        int from = Math.max(0, at - ENGLISH_REACH);
        int stop = Math.max(lower.lastIndexOf('.', at), Math.max(lower.lastIndexOf(';', at), lower.lastIndexOf(',', at)));
        String before = " " + lower.substring(Math.max(from, stop + 1), at);
        return before.matches("(?s).*\\b(no|not|never|without|nor)\\b.*") || before.contains("n't ");
    }

    private static boolean isWord(String s, int start, int end) {
        return (start == 0 || !Character.isLetter(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetter(s.charAt(end)) || s.startsWith("s", end)
                && (end + 1 == s.length() || !Character.isLetter(s.charAt(end + 1))));
    }
}
