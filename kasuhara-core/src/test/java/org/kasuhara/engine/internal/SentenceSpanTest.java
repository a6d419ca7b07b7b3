// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSpanTest {
    @Test
    void japaneseSentencesEndAtTheirMarks() {
        String text = "店員さんは親切でした。窓口で「キモい」と笑われました！二度と行きません";
        int start = text.indexOf("キモい");

        assertThat(SentenceSpan.around(text, start, start + 3)).isEqualTo("窓口で「キモい」と笑われました！");
        int last = text.indexOf("二度");
        assertThat(SentenceSpan.around(text, last, last + 2)).isEqualTo("二度と行きません");
    }

    @Test
    void englishSentencesEndAtAFullStopBeforeASpaceNotInsideANumberOrName() {
        String text = "I paid 3.50 at St.Mary's. The clerk called me an idiot?! Then he left.\nBye";
        int start = text.indexOf("idiot");

        assertThat(SentenceSpan.around(text, start, start + 5)).isEqualTo("The clerk called me an idiot?");
        assertThat(SentenceSpan.around(text, 2, 6)).isEqualTo("I paid 3.50 at St.Mary's.");
        assertThat(SentenceSpan.around(text, text.length() - 1, text.length())).isEqualTo("Bye");
    }

    @Test
    void spansAtTheEdgesOrBeyondTheTextStayInsideIt() {
        assertThat(SentenceSpan.around("abc", 0, 3)).isEqualTo("abc");
        assertThat(SentenceSpan.around("ab. cd", 9, 12)).as("past the end: the last sentence").isEqualTo("cd");
        assertThat(SentenceSpan.around("", 0, 0)).isEmpty();
    }

    @Test
    void aRunOnTextIsCutAroundTheSpan() {
        String text = "あ".repeat(5000) + "バカ" + "い".repeat(5000);
        String sentence = SentenceSpan.around(text, 5000, 5002);

        assertThat(sentence).hasSize(2 * SentenceSpan.REACH + 2).contains("バカ");
    }
}
