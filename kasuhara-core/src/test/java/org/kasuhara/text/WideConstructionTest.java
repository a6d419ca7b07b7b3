// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wide construction terms {@code A……B}: the second part may follow in a later sentence of the same text. */
class WideConstructionTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "通ってるんですよね|帰り道は知って……気をつけてあげて\tTHREAT_TO_LIFE\tja"
                    + "\t娘さん、東小に通ってるんですよね。暗くなるの早いから気をつけてあげてね。\twide",
            "i know which car……would be a shame\tINTIMIDATION\ten"
                    + "\tI know which car is yours. It would be a shame if something happened to it.\twide",
            "お前…使えない\tINSULT\tja\tお前は本当に使えないな\tnarrow"));

    private static List<TextSignal> analyze(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    @Test
    void theSecondPartMayFollowInALaterSentence() {
        List<TextSignal> signals = analyze("高田先生のお嬢さん、東小に通ってるんですよね。冬は暗くなるのが早いですから、"
                + "気をつけてあげてくださいね。");
        assertThat(signals).extracting(TextSignal::category).containsExactly(SignalCategory.THREAT_TO_LIFE);
        assertThat(signals.get(0).excerpt()).startsWith("通ってるんですよね").endsWith("気をつけてあげて");
        assertThat(analyze("I know which car is yours in the staff car park. Would be a shame, wouldn't it."))
                .extracting(TextSignal::category).containsExactly(SignalCategory.INTIMIDATION);
    }

    @Test
    void oneWidePairPerFirstPartEvenWithSeveralWarningsAfterIt() {
        assertThat(analyze("帰り道は知ってるよ。気をつけてあげてね。本当に気をつけてあげてね。")).hasSize(1);
    }

    @Test
    void eitherPartAloneOrBothInTheWrongOrderIsNothing() {
        assertThat(analyze("娘は東小に通ってるんですよね、たしか。")).isEmpty();
        assertThat(analyze("気をつけてあげてください。娘さん、東小に通ってるんですよね。")).isEmpty();
    }

    @Test
    void partsMoreThanTwoHundredCharactersApartOrAcrossAQuotationDoNotMatch() {
        // varied kana: normalisation folds a run of one kana into a single character
        assertThat(analyze("帰り道は知ってる" + "あいうえお".repeat(41) + "気をつけてあげて")).isEmpty();
        assertThat(analyze("帰り道は知ってる" + "あいうえお".repeat(38) + "気をつけてあげて")).hasSize(1);
        assertThat(analyze("帰り道は知ってると先生に「気をつけてあげて」と言われました。")).isEmpty();
    }

    @Test
    void aNarrowConstructionStillEndsAtTheSentence() {
        assertThat(analyze("お前に頼んだ。この機械は使えない")).isEmpty();
    }

    @Test
    void aLexiconNamesTheWideGapInItsProblems() {
        assertThatProblem("帰り道……\tTHREAT_TO_LIFE\tja\t帰り道\tx", "needs a word on both sides");
        assertThatProblem("帰り道………気をつけて\tTHREAT_TO_LIFE\tja\t帰り道、気をつけて\tx", "A……B (within 200 characters");
        assertThatProblem("帰り道……気をつけて\tTHREAT_TO_LIFE\tja\t気をつけて帰ってね\tx",
                "at most 200 characters apart");
    }

    private static void assertThatProblem(String line, String message) {
        LexiconException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> TestLexicon.of(line),
                LexiconException.class);
        assertThat(e).as(line).isNotNull();
        assertThat(e.getMessage()).contains(message);
    }
}
