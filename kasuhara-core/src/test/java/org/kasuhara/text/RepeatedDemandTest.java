// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same demand made three times in one contact is one REPETITION signal, found without any lexicon word. */
class RepeatedDemandTest {

    private static List<TextSignal> repetitions(String text) {
        return TestLexicon.customer(text).stream().filter(s -> s.category() == SignalCategory.REPETITION).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "だから違約金なしで解約して、って言ってるの。……規約は分かったから、違約金なしで解約して。……違約金なしで解約。",
            "同じこと何度でも言いますよ。返金して。返金して。返金して。",
            "店長を出せ。いいから店長を出せ。聞こえないのか、店長を出せ！",
            "I want a refund. I said I want a refund. Look, I want a refund, today!",
            "Cancel it. Cancel it now. Just cancel it!",
            "客：返金して。\n店員：規約では難しいです。\n客：返金して。\n店員：申し訳ありません。\n客：返金してって言ってるの。",
            "返金していただけますか。返金していただけますか。もう一度言います、返金していただけますか。",
            "ＫＡＩＹＡＫＵ？　いえ、違約金なしで解約して。違約金なしで解約して。違約金なしで解約して。"})
    void theSameDemandThreeTimesIsOneRepetition(String text) {
        List<TextSignal> found = repetitions(text);

        assertThat(found).hasSize(1);
        TextSignal signal = found.get(0);
        assertThat(signal.isEvidence()).isTrue();
        assertThat(text.substring(signal.start(), signal.end())).isEqualTo(signal.excerpt());
        assertThat(signal.excerpt()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "商品Aを返金してください。商品Bも返金してください。送料も返金してください。", // three demands, not one made thrice
            "返金手続きを案内した。返金手続きの書類を送付。返金手続きが完了した旨を連絡。", // a procedure, no request
            "返金して。返金して。", // twice
            "I asked for a refund in March, a refund in April, and a refund in May; nobody answered.",
            "The refund policy says a refund is possible; my refund was approved, thank you.",
            "返金されました。返金されたことを確認。返金されていました。",
            "Refunded? No. Refunded now? No. Refunded today? Still no!",
            // told, not asked (a review's finds)
            "1月に交換してもらい、3月に交換してもらい、5月に交換してもらいましたが、また同じ故障です。",
            "The refund never came! I asked about the refund today. The refund is now three weeks late.",
            "Manager was rude. Manager refused to help. Manager laughed at me.",
            "Cancel button does nothing. Cancel link is broken. Cancel page shows an error.",
            "返金しろとは言っていません。返金しろとは言っていません。返金しろとは言っていません。",
            "I'm not asking for a refund. I'm not asking for a refund. I'm not asking for a refund.",
            // the staff's turns of a transcript are not the customer's demands
            "Caller: my card was charged twice.\nAgent: The manager is out today.\nCaller: can I speak to someone else?"
                    + "\nAgent: Sorry, the manager is busy now.\nCaller: fine.\nAgent: The manager is away today.",
            "客：返金の件です。\n店員：返金して差し上げます。\n店員：返金して、と承りました。\n店員：返金して、ですね。"})
    void otherMentionsAreNoRepetition(String text) {
        assertThat(repetitions(text)).isEmpty();
    }

    @Test
    void theThirdTimeIsTheEvidenceEvenAfterWideCharactersAndEmoji() {
        String text = "😡返金して！😡返金して！😡返金して！";

        TextSignal signal = repetitions(text).get(0);

        assertThat(signal.start()).isEqualTo(text.lastIndexOf("返金"));
        assertThat(signal.excerpt()).isEqualTo("返金");
    }

    @Test
    void linesQuotedFromEarlierMailsAreNotReadAgain() {
        String reply = "まだ返金されていません。返金してください。\n\n> 返金してください。\n> \n>> 返金してください。\n";

        assertThat(repetitions(reply)).isEmpty();
        assertThat(repetitions(reply + "> x\n返金してください。\n返金してください。")).hasSize(1);
    }

    @Test
    void aVeryLongTranscriptOfOneDemandGivesOneSignal() {
        String text = "違約金なしで解約して。".repeat(20_000);

        assertThat(repetitions(text)).hasSize(1);
    }
}
