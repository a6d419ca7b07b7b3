// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The statistical net reads the customer's own words without the speech marks a transcript line puts around them:
 * marks alone made 顧客「アホか」 read like an insult the customer reports having received. Any other sentence is read
 * whole, so that it still tells whose words the marks hold.
 */
class SpeechMarksTest {
    private static String read(String text, String term) {
        int start = text.indexOf(term);
        int[] bounds = SpeechMarks.inside(text, 0, text.length(), start, start + term.length());
        return text.substring(bounds[0], bounds[1]);
    }

    @Test
    void aLineThatIsASpeakersLabelAndMarksIsReadInsideTheMarks() {
        assertThat(read("顧客「アホか」", "アホ")).isEqualTo("アホか");
        assertThat(read("客A：『お前ほんまアホやな』", "アホ")).isEqualTo("お前ほんまアホやな");
        assertThat(read("顧客（60代男性）「アホか」。", "アホ")).isEqualTo("アホか");
        assertThat(read("「アホか」", "アホ")).isEqualTo("アホか");
        assertThat(read("Customer: \"you idiot, fix it\"", "idiot")).isEqualTo("you idiot, fix it");
        assertThat(read("Caller 2: “you idiot”", "idiot")).isEqualTo("you idiot");
        assertThat(read("顧客「アホか、ええ加減にせえ", "アホ")).isEqualTo("アホか、ええ加減にせえ"); // never closed
    }

    /** The net reads sentence by sentence: a later sentence inside the same marks is the customer's words too. */
    private static String read(String text, String sentence, String term) {
        int from = text.indexOf(sentence);
        int start = text.indexOf(term, from);
        int[] bounds = SpeechMarks.inside(text, from, from + sentence.length(), start, start + term.length());
        return text.substring(bounds[0], bounds[1]).strip();
    }

    @Test
    void aLaterSentenceInsideTheMarksIsReadWithoutTheClosingMark() {
        assertThat(read("顧客「ふざけるな。お前アホか」", "お前アホか」", "アホ")).isEqualTo("お前アホか");
        assertThat(read("対応記録\n客A：『もうええわ。ほんまアホちゃうか』", "ほんまアホちゃうか』", "アホ"))
                .isEqualTo("ほんまアホちゃうか");
        assertThat(read("Customer: \"This is broken. You are useless\"", " You are useless\"", "useless"))
                .isEqualTo("You are useless");
    }

    @Test
    void aLaterSentenceAfterTheMarksOrAfterAnotherLineIsReadWhole() {
        assertThat(read("顧客「はい」と答えた。その後アホかと言った", "その後アホかと言った", "アホ"))
                .isEqualTo("その後アホかと言った");
        assertThat(read("顧客「待って。\n担当者はアホかと言われた", "担当者はアホかと言われた", "アホ"))
                .isEqualTo("担当者はアホかと言われた");
        assertThat(read("Customer: \"fine.\" The man said \"idiot\"", "\" The man said \"idiot\"", "idiot"))
                .isEqualTo("\" The man said \"idiot\"");
        assertThat(read("前の人が「覚えとけ。お前アホか」と言っていた", "お前アホか」と言っていた", "アホ"))
                .isEqualTo("お前アホか」と言っていた");
    }

    @Test
    void marksInsideMarksArePairedByKind() {
        assertThat(read("顧客「店員が『はい』と言ったからアホか」", "アホ")).isEqualTo("店員が『はい』と言ったからアホか");
        assertThat(read("顧客「アホか、『はい』じゃない」", "アホ")).isEqualTo("アホか、『はい』じゃない");
    }

    @Test
    void anyOtherSentenceIsReadWhole() {
        for (String text : new String[] {"前の人から「名前覚えたからな」とすごまれていた", "隣の男が「バカ」とすごんでいた",
            "顧客「アホか」と言って帰った", "「ありがとう」と言ったのにアホか", "お前アホか",
            "The man next to me said “you idiot” to her", "Customer “you idiot” twice"}) {
            String term = text.contains("idiot") ? "idiot" : text.contains("名前") ? "名前覚えた"
                    : text.contains("バカ") ? "バカ" : "アホ";
            assertThat(read(text, term)).as(text).isEqualTo(text);
        }
    }
}
