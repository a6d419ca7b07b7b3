// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kasuhara.text.Attribution;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.TextSignal;

/**
 * The statistical net reads the customer's own words without the speech marks a transcript puts around them: marks
 * alone made 顧客「アホか」 read like an insult the customer reports having received.
 */
class SpeechMarksTest {
    private static String read(String text, String term) {
        int start = text.indexOf(term);
        TextSignal signal = new TextSignal(0, SignalCategory.INSULT, term, start, start + term.length(), term,
                Attribution.CUSTOMER, false);
        int[] bounds = FactDeriver.insideSpeechMarks(text, 0, text.length(), signal);
        return text.substring(bounds[0], bounds[1]);
    }

    @Test
    void theWordsBetweenTheMarksAreRead() {
        assertThat(read("顧客「アホか」", "アホ")).isEqualTo("アホか");
        assertThat(read("客『お前ほんまアホやな』と言って帰った", "アホ")).isEqualTo("お前ほんまアホやな");
        assertThat(read("Customer: \"you idiot, fix it\"", "idiot")).isEqualTo("you idiot, fix it");
        assertThat(read("Customer “you idiot” twice", "idiot")).isEqualTo("you idiot");
    }

    @Test
    void wordsOutsideAnyMarksOrAnUnclosedMarkKeepTheSentence() {
        assertThat(read("「ありがとう」と言ったのにアホか", "アホ")).isEqualTo("「ありがとう」と言ったのにアホか");
        assertThat(read("お前アホか", "アホ")).isEqualTo("お前アホか");
        // marks inside a sentence: the sentence says whose words they are (here another customer's)
        assertThat(read("職員さんが、前の人から「名前覚えたからな」とすごまれていた", "名前覚えた"))
                .isEqualTo("職員さんが、前の人から「名前覚えたからな」とすごまれていた");
        assertThat(read("The man next to me said “you idiot” to her", "idiot"))
                .isEqualTo("The man next to me said “you idiot” to her");
        assertThat(read("顧客「アホか、ええ加減にせえ", "アホ")).isEqualTo("アホか、ええ加減にせえ");
    }
}
