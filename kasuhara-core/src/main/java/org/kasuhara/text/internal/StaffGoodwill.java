// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import org.kasuhara.text.SignalCategory;

/**
 * A worker's name or job spoken of for the worker's good, not against them:
 * <ul>
 *   <li>a dismissal only as the condition of the customer's displeasure, which protects the worker:
 *       「あの子辞めさせたらガチで許さんからね」, 「クビにしたりしたら怒りますよ」;</li>
 *   <li>a name or badge number noted for a stated purpose that a customer has every right to — thanks, praise, a
 *       complaint to head office or the customer desk, picking up where the call left off — in its sentence or the
 *       next two: 「お名前、控えさせてもらいました。…支店長さんにその点もお伝えしたい」, 「名札の番号、メモしました！…本社にお礼の
 *       メールを送ります」, "noted your badge number so I can send a glowing email to head office".</li>
 * </ul>
 * Other words of the same text are read as they are: 「名前覚えたぞ。本社に言ってクビにしてもらう」 keeps its クビ.
 */
final class StaffGoodwill {
    private static final Phrases JA_IF = Phrases.of("たら", "たりしたら", "ちゃったら", "ようものなら", "たりなんかしたら");
    private static final Phrases JA_DISPLEASED = Phrases.of("許さ", "許しませ", "承知しな", "承知せん", "怒る",
            "悲し", "泣く", "泣き", "寂し", "困る", "抗議");
    private static final int JA_IF_REACH = 3;
    private static final int JA_DISPLEASED_REACH = 10;
    /** The purpose may follow in the next sentences: 「…覚えておきますから。（理由を尋ねると）本社のお客様窓口に書くときに…」. */
    private static final int PURPOSE_SENTENCES = 3;
    private static final Phrases NAME = Phrases.of("名前", "フルネーム", "名札", "社員番号", "番号", "name", "badge",
            "surname");
    private static final Phrases PURPOSE = Phrases.of("本社に書", "本社にお礼", "本社に報告", "本社に伝え",
            "本社のお客様", "本部に報告", "お客様窓口", "お客様相談", "相談室", "窓口に書", "アンケート", "お礼",
            "ありがとう", "有難う", "褒め", "感謝", "お伝えしたい", "伝えたい", "誰と話した", "続きから", "申し立て",
            "head office", "feedback form", "thank", "compliment", "praise", "commend", "formal complaint",
            "who i spoke", "for my records", "glowing");

    private StaffGoodwill() {
    }

    /** Whether a dismissal or name match is spoken for the worker's good. */
    static boolean isGoodwill(String text, Candidate match) {
        SignalCategory category = match.category();
        if (category == SignalCategory.STAFF_TARGETING && protectiveCondition(text, match.end())) {
            return true;
        }
        return (category == SignalCategory.STAFF_TARGETING || category == SignalCategory.INTIMIDATION)
                && NAME.occursIn(text, match.start(), match.end()) && purposeNear(text, match.start());
    }

    /** 「辞めさせたら…許さん」: a conditional right after the term, displeasure soon after it in the sentence. */
    private static boolean protectiveCondition(String text, int end) {
        for (int at = Math.max(0, end - 1); at < end + JA_IF_REACH && at < text.length(); at++) {
            int length = JA_IF.matchAt(text, at);
            if (length > 0) {
                return JA_DISPLEASED.find(text, at + length, at + length + JA_DISPLEASED_REACH, false) >= 0;
            }
        }
        return false;
    }

    /** A stated purpose from the start of the match's sentence to the end of the {@value #PURPOSE_SENTENCES}th. */
    private static boolean purposeNear(String text, int start) {
        int from = CharClasses.sentenceStart(text, start);
        int to = start;
        for (int sentences = 0; to < text.length() && sentences < PURPOSE_SENTENCES; to++) {
            // a run of ends is one: 「……」 normalises to six full stops
            if (CharClasses.isSentenceEnd(text.charAt(to))
                    && (to + 1 == text.length() || !CharClasses.isSentenceEnd(text.charAt(to + 1)))) {
                sentences++;
            }
        }
        return PURPOSE.occursIn(text, from, to);
    }
}
