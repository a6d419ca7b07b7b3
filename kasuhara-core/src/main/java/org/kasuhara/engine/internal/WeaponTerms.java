// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Weapons, as a member of staff's observation note names them: a weapon word together with a verb of having, showing
 * or using it, close by in the same clause (「果物ナイフを向けた」, 「包丁を取り出し」, "Open box cutter placed on counter",
 * "showed a kitchen knife"). A weapon word alone names nothing: 「刃物売り場」, 「包丁研ぎ」, 「鎌倉店」, 「口をはさむ」,
 * "returned a razor", "the wiper blade we fitted". Fuel counts only when poured, splashed or set alight. A note that
 * denies the weapon or the act names none (「凶器なし」, 「刃物は持っていなかった」, "no weapon seen", "without a knife",
 * "did not show a knife"); a negation elsewhere in the clause (「包丁を取り出し「返金しないならただじゃ済まない」」,
 * "had no ID but showed a knife") does not deny it. Each look is bounded, so a note of any length is read in linear
 * time.
 */
final class WeaponTerms {
    private static final List<String> JAPANESE = List.of("刃物", "包丁", "ナイフ", "カッター", "凶器", "ハサミ", "はさみ",
            "鋏", "木刀", "竹刀", "鉄パイプ", "スタンガン", "拳銃", "ピストル", "猟銃", "日本刀", "バット", "バール", "ハンマー",
            "金づち", "金槌", "斧", "鎌", "催涙スプレー");
    private static final List<String> JAPANESE_FUELS = List.of("ガソリン", "灯油");
    /** Words that hold a weapon word without being one. */
    private static final List<String> JAPANESE_NOT_WEAPONS = List.of("鎌倉", "カッターシャツ", "口をはさ", "口を挟",
            "刃物売り場", "包丁売り場", "包丁研ぎ", "刃物研ぎ", "ハサミ売り場", "バッター", "カッターマット");
    /** Verbs of having, showing or using, as stems: 持って, 取り出し, 振り回して, 突きつけた… */
    private static final List<String> JAPANESE_USES = List.of("持っ", "持ち", "所持", "携帯", "見せ", "向け", "取り出",
            "出し", "出す", "振り回", "振りかざ", "振り上げ", "突きつけ", "突き付け", "構え", "握", "置い", "置き", "ちらつか",
            "手に", "かざ", "抜い", "当て", "投げ", "示し", "押し当て", "叩きつけ", "刺そう", "切りつけ");
    private static final List<String> JAPANESE_FUEL_USES = List.of("撒", "まい", "まき", "かけ", "掛け", "浴びせ", "火",
            "ライター", "ぶちまけ");
    /** A denial right after the weapon word: 「凶器なし」, 「刃物は見当たらず」, 「ナイフ等は確認されなかった」. */
    private static final List<String> JAPANESE_DENIALS = List.of("なし", "無し", "は見当たら", "も見当たら", "見当たら",
            "は確認され", "も確認され", "等は確認され", "などは確認され");
    private static final List<String> ENGLISH = List.of("knife", "knives", "box cutter", "cutter", "blade", "razor",
            "gun", "pistol", "revolver", "firearm", "rifle", "weapon", "hammer", "crowbar", "machete", "axe", "hatchet",
            "baseball bat", "bat", "scissors", "taser", "stun gun", "pepper spray");
    private static final List<String> ENGLISH_FUELS = List.of("petrol", "gasoline", "lighter fluid");
    private static final List<String> ENGLISH_USES = List.of("had", "has", "having", "holding", "held", "carried",
            "carrying", "showed", "shown", "showing", "show", "pulled", "pulling", "drew", "drawn", "drawing",
            "brandished", "brandishing", "waved", "waving", "pointed", "pointing", "produced", "took", "taking",
            "placed", "put", "threw", "thrown", "swung", "swinging", "wielded", "wielding", "armed", "with", "flashed",
            "flashing", "raised", "tapped", "displayed", "revealed", "grabbed", "picked");
    private static final List<String> ENGLISH_FUEL_USES = List.of("poured", "pouring", "doused", "dousing",
            "splashed", "splashing", "sprinkled", "threw", "lit", "light", "lighter");
    /** How far a verb may stand from the weapon word, in characters (Japanese: after it; English: either side). */
    private static final int JA_REACH = 14;
    private static final int EN_REACH = 28;
    private static final String CLAUSE_ENDS = "。、,.;；!?！？\n「」『』\"“”";

    private WeaponTerms() {
    }

    /**
     * @param note an observation note, may be {@code null}
     * @return the first weapon it names as had, shown or used and does not deny, or {@code null}
     */
    static String find(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        for (String term : JAPANESE) {
            if (foundInJapanese(note, term, JAPANESE_USES)) {
                return term;
            }
        }
        for (String term : JAPANESE_FUELS) {
            if (foundInJapanese(note, term + "を", JAPANESE_FUEL_USES)
                    || foundInJapanese(note, term + "も", JAPANESE_FUEL_USES)) {
                return term;
            }
        }
        String lower = AsciiLower.of(note);
        for (String term : ENGLISH) {
            if (foundInEnglish(lower, term, ENGLISH_USES)) {
                return term;
            }
        }
        for (String term : ENGLISH_FUELS) {
            if (foundInEnglish(lower, term, ENGLISH_FUEL_USES)) {
                return term;
            }
        }
        return null;
    }

    private static boolean foundInJapanese(String note, String term, List<String> uses) {
        for (int at = note.indexOf(term); at >= 0; at = note.indexOf(term, at + term.length())) {
            if (!insideAnotherWord(note, at) && usedAfter(note, at + term.length(), uses)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAnotherWord(String note, int at) {
        for (String word : JAPANESE_NOT_WEAPONS) {
            for (int from = Math.max(0, at - word.length() + 1); from <= at; from++) {
                if (note.startsWith(word, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A use verb within reach in the clause, not denied right after it; a denial of the weapon first names none. */
    private static boolean usedAfter(String note, int from, List<String> uses) {
        int end = Math.min(note.length(), from + JA_REACH);
        for (int at = from; at < end && CLAUSE_ENDS.indexOf(note.charAt(at)) < 0; at++) {
            for (String denial : JAPANESE_DENIALS) {
                if (note.startsWith(denial, at)) {
                    return false;
                }
            }
            for (String use : uses) {
                if (note.startsWith(use, at)) {
                    return !negatedEnding(note, at + use.length());
                }
            }
        }
        return false;
    }

    /** The verb's own ending denies it: 持っ【ていなかった】, 取り出し【はしなかった】, 所持【せず】; not 振り回し【て手が…】. */
    private static boolean negatedEnding(String note, int from) {
        int end = from;
        while (end < note.length() && end - from < 8 && isHiragana(note.charAt(end))) {
            end++;
        }
        String ending = note.substring(from, end);
        return ending.contains("ない") || ending.contains("なか") || ending.contains("ず") || ending.contains("ません")
                || ending.contains("なく");
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    private static boolean foundInEnglish(String lower, String term, List<String> uses) {
        for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length())) {
            int end = at + term.length();
            if (isWord(lower, at, end) && !deniedBefore(lower, at) && usedAround(lower, at, end, uses)) {
                return true;
            }
        }
        return false;
    }

    /** "no knife", "without a knife", "no visible weapon": the negation stands right before the noun phrase. */
    private static boolean deniedBefore(String lower, int at) {
        List<String> words = wordsBefore(lower, at, 3);
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (word.equals("no") || word.equals("without") || word.equals("nor")) {
                return true;
            }
            if (!word.equals("a") && !word.equals("an") && !word.equals("any") && !word.equals("visible")
                    && !word.equals("the") && !word.equals("other")) {
                return false;
            }
        }
        return false;
    }

    /** A use verb within reach before (not itself denied: "did not show", "never pulled") or after the word. */
    private static boolean usedAround(String lower, int start, int end, List<String> uses) {
        List<String> before = wordsBefore(lower, start, 5);
        for (int k = 0; k < before.size(); k++) {
            if (uses.contains(before.get(k))) {
                List<String> earlier = before.subList(k + 1, Math.min(before.size(), k + 3));
                return earlier.stream().noneMatch(w -> w.equals("not") || w.equals("never") || w.endsWith("n't")
                        || w.equals("nt"));
            }
        }
        int limit = Math.min(lower.length(), end + EN_REACH);
        int to = end;
        while (to < limit && CLAUSE_ENDS.indexOf(lower.charAt(to)) < 0) {
            to++;
        }
        for (String word : lower.substring(end, to).split("[^a-z]+")) {
            if (uses.contains(word) && !word.equals("with") && !word.equals("has") && !word.equals("had")) {
                return true; // "Open box cutter placed on counter", "hammer raised over the desk"
            }
        }
        return false;
    }

    /** Up to {@code count} words before {@code at} in its clause, nearest first. */
    private static List<String> wordsBefore(String lower, int at, int count) {
        int from = at;
        int floor = Math.max(0, at - 48);
        while (from > floor && CLAUSE_ENDS.indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        String[] words = lower.substring(from, at).trim().split("[^a-z']+");
        List<String> nearest = new java.util.ArrayList<>();
        for (int i = words.length - 1; i >= 0 && nearest.size() < count; i--) {
            if (!words[i].isEmpty()) {
                nearest.add(words[i]);
            }
        }
        return nearest;
    }

    private static boolean isWord(String s, int start, int end) {
        return (start == 0 || !Character.isLetter(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetter(s.charAt(end)) || s.startsWith("s", end)
                && (end + 1 == s.length() || !Character.isLetter(s.charAt(end + 1))));
    }
}
