// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * An outburst or blow only wished for, conceded or nearly done is none: 「怒鳴りたい気持ちです」, 「怒鳴っても仕方ない」,
 * "I wanted to punch a wall", "I nearly screamed", "I want to shout from the rooftops about how helpful she was".
 * Japanese: a desiderative (たい／たく) or concessive (ても／でも) ending within {@value #JA_GAP} hiragana of a manner
 * term, or a wish that measures a feeling after a threat or blow (「ぶん殴ってやりたいくらい腹が立つ」). English: "wanted to", "want to", "felt like", "nearly", "almost" right before a manner or violence term. A
 * threat keeps its own category ("I want to punch you" is a threat term, longer than the act), so it is not read here.
 *
 * <p>Violent slang as praise is no act either: a blow or threat done <em>for</em> the speaker (a benefactive
 * くれて・もらって) in a sentence that praises (「今日も脚を殺しにきてくれて最高でした」, 「しごいてくれてありがとう」).
 */
final class UnrealisedAct {
    static final int JA_GAP = NegationDetector.JA_GAP;

    private static final Phrases JA_UNREALISED = Phrases.of("たい", "たく", "ても", "でも");
    /** A wish that only measures a feeling: 「ぶん殴ってやりたいくらい腹が立つ」, 「怒鳴りたくなるほど」. */
    private static final Phrases JA_HYPERBOLE = Phrases.of("たいくらい", "たいぐらい", "たいほど", "たい気分",
            "たい気持ち", "たくなるくらい", "たくなるぐらい", "たくなるほど", "たくなる気持ち", "たくなった気持ち");
    /** A deed done for the speaker, within {@value #BENEFACTIVE_GAP} characters after the term. */
    private static final Phrases JA_BENEFACTIVE = Phrases.of("てくれて", "でくれて", "てくれた", "でくれた", "てくれま",
            "でくれま", "てもらえて", "てもらって", "ていただ", "でいただ");
    private static final Phrases JA_PRAISE = Phrases.of("最高", "大好き", "好き", "ありがとう", "有難う", "感謝", "嬉し",
            "うれし", "助かり", "楽しかった", "神対応", "さすが");
    static final int BENEFACTIVE_GAP = 6;
    private static final Set<String> EN_ADVERBS = Set.of("nearly", "almost");
    private static final Set<String> EN_WISHES = Set.of("wanted", "want", "felt", "feel", "wished", "wish");
    private static final Set<String> EN_LINKS = Set.of("to", "like");

    private UnrealisedAct() {
    }

    static boolean isUnrealised(String text, Candidate match) {
        SignalCategory category = match.category();
        if (category == SignalCategory.TONE && japanese(text, match.end())) {
            return true;
        }
        if ((category == SignalCategory.THREAT_TO_LIFE || category == SignalCategory.VIOLENCE)
                && hyperbole(text, match.end())) {
            return true;
        }
        if ((category == SignalCategory.THREAT_TO_LIFE || category == SignalCategory.VIOLENCE)
                && praisedFavour(text, match.end())) {
            return true;
        }
        return (category == SignalCategory.TONE || category == SignalCategory.VIOLENCE) && english(text, match.start());
    }

    /** 「殺しにきてくれて最高」: a benefactive right after the term and praise later in the sentence. */
    private static boolean praisedFavour(String text, int end) {
        int favour = JA_BENEFACTIVE.find(text, Math.max(0, end - 1), Math.min(text.length(), end + BENEFACTIVE_GAP), true);
        if (favour < 0) {
            return false;
        }
        int sentenceEnd = favour;
        while (sentenceEnd < text.length() && !CharClasses.isSentenceEnd(text.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        for (int at = favour; at < sentenceEnd; at++) {
            if (JA_PRAISE.matchAt(text, at) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean japanese(String text, int from) {
        for (int at = from; at < from + JA_GAP && at + 1 < text.length(); at++) {
            if (JA_UNREALISED.matchAt(text, at) > 0) {
                return true;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    /** The wish ending may reach back into the match: 「ぶん殴ってやる」 matches 「ぶん殴ってやりたいくらい」 up to 「やり」. */
    private static boolean hyperbole(String text, int end) {
        for (int at = Math.max(0, end - 1); at < end + JA_GAP && at < text.length(); at++) {
            if (JA_HYPERBOLE.matchAt(text, at) > 0) {
                return true;
            }
            if (at >= end && !CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    private static boolean english(String text, int start) {
        List<String> words = EnglishWords.before(text, start, 2, true);
        if (words.isEmpty()) {
            return false;
        }
        if (EN_ADVERBS.contains(words.get(0))) {
            return true;
        }
        return words.size() == 2 && EN_LINKS.contains(words.get(0)) && EN_WISHES.contains(words.get(1));
    }
}
