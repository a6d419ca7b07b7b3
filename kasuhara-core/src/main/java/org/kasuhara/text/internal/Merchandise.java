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
 * 返金を迫った」). The words may also stand in the next sentence when it names the thing again: 「包丁をカウンターに
 * 置かれた。11月末に当店で購入した三徳包丁で、刃が柄から抜けたとのこと」, "He put the knife on the counter. The knife
 * was bought here last week".
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
        return next >= 0 && THING.find(text, next, text.length(), false) >= 0
                && BOUGHT.find(text, next, text.length(), false) >= 0;
    }

    /** Where the sentence after the one holding {@code at} starts, or -1 at the text's end. */
    private static int nextSentence(String text, int at) {
        int i = at;
        while (i < text.length() && !CharClasses.isSentenceEnd(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && (CharClasses.isSentenceEnd(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i < text.length() ? i : -1;
    }
}
