// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;

/**
 * Whether a kana spelling found through an entry's reading is a word of its own: ばか (馬鹿) in 「このばかが」, not
 * in 「謝罪ばかりで」; しね (死ね) in 「もうしねよ」 (a verb followed by its ending), not in 「できやしねえ」. The short kana readings occur inside
 * common words, and only a tokenizer tells the two apart.
 *
 * <p>This is the one place a text is tokenized, and only around such a match: at most {@value #REACH} characters
 * either side of it, within its sentence. Terms and their conjugations never need it; readings are few (three in
 * the default lexicons) and their kana spellings rare in complaints, so most texts never get here.
 */
final class ReadingBoundary {
    static final int REACH = 12;

    private ReadingBoundary() {
    }

    /**
     * Whether {@code [start, end)} of the normalised text begins and ends at token boundaries.
     *
     * @param normalized the text
     * @param start      match start, inclusive
     * @param end        match end, exclusive
     * @return {@code true} when the match starts a token and ends a token, or ends inside a verb
     */
    static boolean isWholeWords(NormalizedText normalized, int start, int end) {
        String text = normalized.text();
        int from = start;
        while (from > 0 && start - from < REACH && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < REACH && !CharClasses.isSentenceEnd(text.charAt(to))) {
            to++;
        }
        List<JapaneseMorphology.Token> tokens = JapaneseMorphology.tokenize(normalized.withKatakana().substring(from, to));
        boolean starts = false;
        boolean ends = false;
        for (JapaneseMorphology.Token token : tokens) {
            int tokenStart = from + token.start();
            int tokenEnd = from + token.end();
            starts |= tokenStart == start;
            // a verb may go on with its ending (しねよ is one token, the imperative of a misread しねる)
            ends |= tokenEnd == end || tokenStart < end && end < tokenEnd && token.partOfSpeech().startsWith("動詞");
        }
        return starts && ends;
    }
}
