// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import org.kasuhara.text.SignalCategory;

/**
 * A knife or a cutter laid on the counter is no threat when it is the goods the complaint is about: 「タオルに包んだ当店の
 * 三徳包丁（11月29日購入）をカウンターに置き」, "put the knife I bought here on the counter". A weapon construction whose
 * own words only handle the thing (置く, 出す, 取り出す, put, placed, took out) is read as merchandise when its sentence
 * says the thing was bought or is faulty (購入, 買った, 当店の, 不良品, 欠陥, 割れて, レシート, bought, faulty, cracked,
 * receipt). A threatening handling (突きつけ, 振り回, ちらつかせ, 向け, pointed, waved, brandished) stays a threat
 * whatever was bought, and so does a weapon with no such word in its sentence (「上着からナイフを出し、カウンターに置いて
 * 返金を迫った」). The next sentence may name the thing as bought, at its opening and in so many words: 「包丁を
 * カウンターに置かれた。11月末に当店で購入した三徳包丁で、刃が柄から抜けたとのこと」 — not across a quotation or a
 * speaker's turn, and not when that sentence handles it threateningly.
 */
final class Merchandise {
    private static final Phrases HANDLING = Phrases.of("置", "取り出", "出し", "出す", "put", "placed", "laid",
            "took out", "taken out");
    private static final Phrases THREATENING = Phrases.of("突きつけ", "突き付け", "振り回", "振りかざ", "ちらつか",
            "向け", "構え", "見せつけ", "pointed", "pointing", "waved", "waving", "brandish", "swung", "raised");
    private static final Phrases BOUGHT = Phrases.of("購入", "買った", "買ったばかり", "お買い上げ", "当店の", "御社の",
            "お宅の", "不良品", "欠陥", "初期不良", "刃が抜け", "柄が外れ", "柄が取れ", "割れて", "割れた", "欠けて", "欠けた",
            "刃こぼれ", "壊れて", "壊れた", "錆びて", "さびて", "レシート", "bought", "purchased", "faulty", "defective",
            "receipt", "came apart", "fell off the handle", "cracked", "chipped", "snapped", "rusted", "rusty");

    private static final Phrases THING = Phrases.of("包丁", "ナイフ", "カッター", "刃物", "はさみ", "ハサミ", "鋏",
            "knife", "cutter", "blade", "scissors");

    private static final Phrases PURCHASED = Phrases.of("購入した", "買った", "お買い上げの", "お買い上げいただいた",
            "ご購入の", "購入の", "買ったばかりの");
    /** At most this many characters between the purchase word and the knife word (当店で購入した・三徳・包丁). */
    static final int BOUGHT_GAP = 6;
    /** How far into the next sentence the purchase may be named. */
    static final int OPENING = 40;

    /** How far before a construction its handling verb may stand. */
    static final int HANDLING_REACH = 16;

    private Merchandise() {
    }

    /** Whether a weapon construction only handles goods the sentence says were bought or are faulty. */
    static boolean isGoods(String text, Candidate match) {
        if (match.category() != SignalCategory.THREAT_TO_LIFE && match.category() != SignalCategory.VIOLENCE) {
            return false;
        }
        int from = CharClasses.sentenceStart(text, match.start());
        // the handling verb may stand just before the construction: "placed the knife on the counter"
        int near = Math.max(from, match.start() - HANDLING_REACH);
        if (THREATENING.occursIn(text, near, match.end()) || !HANDLING.occursIn(text, near, match.end())) {
            return false;
        }
        if (BOUGHT.find(text, from, text.length(), false) >= 0) {
            return true;
        }
        int next = nextSentence(text, match.end());
        return next >= 0 && boughtThingOpens(text, next);
    }

    /**
     * Whether the sentence at {@code from} opens by naming the thing as bought: 「11月末に当店で購入した三徳包丁で」 —
     * a purchase word followed within {@value #BOUGHT_GAP} characters of one clause by a knife word, in the sentence's
     * first {@value #OPENING} characters, with no quotation in them and no threatening handling in the sentence.
     */
    private static boolean boughtThingOpens(String text, int from) {
        int to = Math.min(text.length(), from + OPENING);
        int sentenceEnd = nextSentenceEnd(text, from);
        if (THREATENING.occursIn(text, from, sentenceEnd)) {
            return false;
        }
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (CharClasses.isQuote(c) || c == '\n' || CharClasses.isSentenceEnd(c)) {
                return false;
            }
            int bought = PURCHASED.matchAt(text, at);
            if (bought > 0) {
                for (int t = at + bought; t <= at + bought + BOUGHT_GAP && t < text.length(); t++) {
                    if (THING.matchAt(text, t) > 0) {
                        return true;
                    }
                    if (CharClasses.isClauseEnd(text.charAt(t))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Where the sentence holding {@code from} ends: its first sentence end at or after it, or the text's end. */
    private static int nextSentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !CharClasses.isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the sentence after the one holding {@code at} starts, or -1 at the text's end. */
    private static int nextSentence(String text, int at) {
        int i = nextSentenceEnd(text, at);
        while (i < text.length() && (CharClasses.isSentenceEnd(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i < text.length() ? i : -1;
    }
}
