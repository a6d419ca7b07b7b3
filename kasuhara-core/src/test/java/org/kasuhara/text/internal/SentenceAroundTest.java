// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceAroundTest {
    private static String around(String text, int start, int end, int reach) {
        int[] span = CharClasses.sentenceAround(text, start, end, reach);
        return text.substring(span[0], span[1]);
    }

    @Test
    void sentencesEndAtTheirMarksInTextThatIsNotNormalised() {
        String text = "店員さんは親切でした。窓口で「キモい」と笑われました！二度と行きません？はい";
        int start = text.indexOf("キモい");

        assertThat(around(text, start, start + 3, 300)).isEqualTo("窓口で「キモい」と笑われました");
        int last = text.indexOf("二度");
        assertThat(around(text, last, last + 2, 300)).isEqualTo("二度と行きません");
    }

    @Test
    void aRunOnTextIsCutAtTheReachWithoutSplittingASurrogatePair() {
        String emoji = "\uD83D\uDE21"; // 😡
        String text = emoji.repeat(200) + "バカ" + emoji.repeat(200);
        int start = text.indexOf("バカ");
        String sentence = around(text, start, start + 2, 301);

        assertThat(sentence).contains("バカ").hasSizeBetween(2 * 301 + 2, 2 * 301 + 4);
        assertThat(Character.isLowSurrogate(sentence.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(sentence.charAt(sentence.length() - 1))).isFalse();
    }

    @Test
    void spansAtTheEdgesOrBeyondTheTextStayInsideIt() {
        assertThat(around("abc", 0, 3, 300)).isEqualTo("abc");
        assertThat(around("ab. cd", 9, 12, 300)).isEqualTo(" cd");
        assertThat(around("", 0, 0, 300)).isEmpty();
    }
}
