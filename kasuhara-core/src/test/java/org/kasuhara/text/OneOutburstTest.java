// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One narrated act is one outburst, however many manner words tell it. */
class OneOutburstTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "大声で\tTONE\tja\t大声で文句を言った\tword",
            "大声を上げ\tTONE\tja\t大声を上げた\tword",
            "怒鳴\tTONE\tja\t怒鳴った\tword",
            "ふざけるな\tTONE\tja\tふざけるな\tword",
            "声を荒げ\tTONE\tja\t声を荒げた\tword",
            "机|カウンター…叩\tTONE\tja\t机を叩いた\tconstruction",
            "バカ\tINSULT\tja\tバカ\tword",
            "yell\tTONE\ten\tyelled\tword",
            "scream\tTONE\ten\tscreamed\tword",
            "raised his voice\tTONE\ten\tHe raised his voice\tword",
            "banged…the counter\tTONE\ten\tHe banged the counter\tconstruction"));

    private static List<SignalCategory> tones(String text) {
        return ANALYZER.analyze(new TextInput(0, text, "ja", Speaker.STAFF_NARRATIVE)).stream()
                .map(TextSignal::category).filter(c -> c == SignalCategory.TONE).toList();
    }

    @Test
    void mannerWordsNextToEachOtherAreOneOutburst() {
        assertThat(tones("客が大声で怒鳴った。")).hasSize(1);
        assertThat(tones("客は大声を上げて怒鳴りつけた。")).hasSize(1);
        assertThat(tones("客は「ふざけるな！」と声を荒げた。")).hasSize(1);
        assertThat(tones("客は「ふざけるな、金返せ！」と声を荒げた。")).hasSize(1);
        assertThat(tones("客は「ふざけるな！」と一度声を荒げた。")).hasSize(1);
        assertThat(tones("客は「ふざけるな！」と大声を上げた。")).hasSize(1);
    }

    @Test
    void actsToldApartStillAddUp() {
        assertThat(tones("客は大声で怒鳴り、カウンターを叩いた。")).hasSize(2);
        assertThat(tones("客は怒鳴った。さらに机を叩いた。")).hasSize(2);
        assertThat(tones("客が大声で怒鳴った。十分後にまた大声で怒鳴った。")).hasSize(2);
        assertThat(tones("客は「ふざけるな！」と声を荒げ、カウンターを叩いた。")).hasSize(2);
        assertThat(tones("客は「ふざけるな。」と言った。「ふざけるな」と声を荒げた。")).hasSize(2);
        assertThat(tones("客はカウンターを叩き「三回目だぞ！」と声を荒げた。")).hasSize(2);
        // acts told between a construction's parts are not swallowed by it
        assertThat(tones("客はカウンター越しに大声で怒鳴り、叩いた。")).hasSize(2);
        // an exclamation mark outside a quotation ends the sentence
        assertThat(tones("客は「金返せ」と言い、ふざけるな！机を叩いた！")).hasSize(2);
        assertThat(tones("ふざけるな！ふざけるな！")).hasSize(2);
    }

    @Test
    void otherSignalsBetweenAreKept() {
        assertThat(ANALYZER.analyze(new TextInput(0, "客は大声でバカと怒鳴った。", "ja", Speaker.STAFF_NARRATIVE)))
                .extracting(TextSignal::category).contains(SignalCategory.INSULT);
    }

    @Test
    void twoShoutsJoinedByAndAreOneButAShoutAndABlowAreTwo() {
        assertThat(english("The man yelled and screamed at the clerk.")).hasSize(1);
        assertThat(english("He raised his voice and yelled at me.")).hasSize(1);
        assertThat(english("He yelled and banged the counter.")).hasSize(2);
        assertThat(english("He yelled. Later he screamed again.")).hasSize(2);
        assertThat(english("He yelled! Banged the counter!")).hasSize(2);
    }

    private static List<TextSignal> english(String text) {
        return ANALYZER.analyze(new TextInput(0, text, "en", Speaker.STAFF_NARRATIVE)).stream()
                .filter(s -> s.category() == SignalCategory.TONE).toList();
    }
}
