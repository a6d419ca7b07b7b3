// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditional threats, targets, polarity, confidence and language of the v2 signals. */
class SignalContextTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(Lexicon.of(List.of(
            entry("殺す", SignalCategory.THREAT_TO_LIFE, "ja", "殺すぞ"),
            entry("晒す", SignalCategory.SNS_THREAT, "ja", "ネットに晒すぞ"),
            entry("バカ", SignalCategory.INSULT, "ja", "バカ"),
            entry("弁護士", SignalCategory.LEGAL_RECOURSE, "ja", "弁護士に相談します"),
            entry("kill you", SignalCategory.THREAT_TO_LIFE, "en", "I will kill you"),
            entry("idiot", SignalCategory.INSULT, "en", "you idiot"))));

    private static LexiconEntry entry(String term, SignalCategory category, String language, String example) {
        return new LexiconEntry(term, category, language, example, "test", "code", 0);
    }

    private static TextSignal only(String text) {
        List<TextSignal> signals = ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
        assertThat(signals).as(text).hasSize(1);
        return signals.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"返金しないなら殺すぞ", "土下座しなければ殺す", "金を返さないと殺すからな",
        "If you don't refund me I will kill you", "Refund me or else I'll kill you", "I'll kill you unless you pay"})
    void conditionalThreatsStayEvidenceAndAreFlagged(String text) {
        TextSignal signal = only(text);
        assertThat(signal.conditional()).isTrue();
        assertThat(signal.isEvidence()).isTrue();
        assertThat(signal.polarity()).isEqualTo(Polarity.HARASSMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"殺すぞ", "ちゃんと謝らないやつは殺す。", "I will kill you"})
    void unconditionalThreatsAreNotFlagged(String text) {
        assertThat(only(text.replace("ちゃんと謝らないやつは", "")).conditional()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"お前を殺すぞ, EMPLOYEE", "田中さんを殺す, EMPLOYEE", "御社をネットに晒す, ORGANISATION",
        "この窓口もネットに晒すからな, COUNTER", "ネットに晒すぞ, ORGANISATION", "the clerk is an idiot, EMPLOYEE",
        "your company is run by an idiot, ORGANISATION", "this hotline is for idiots, COUNTER", "バカ, UNKNOWN"})
    void theTargetIsTheNearestCueInTheSentence(String text, Target target) {
        assertThat(only(text).target()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"御社の店員の顔をネットに晒す, EMPLOYEE", "森の勤務時間もネットに晒すぞ, EMPLOYEE",
        "店の名前をネットに晒す, ORGANISATION", "御社の住所ごとネットに晒す, ORGANISATION"})
    void aThreatToPostAPersonsFaceNameOrShiftsIsAimedAtThatPerson(String text, Target target) {
        assertThat(only(text).target()).isEqualTo(target);
    }

    @Test
    void legalRecourseIsProtectiveAndNegatedSignalsWeighNothing() {
        assertThat(only("弁護士に相談します").polarity()).isEqualTo(Polarity.PROTECTIVE);
        assertThat(only("殺すつもりはない").polarity()).isEqualTo(Polarity.NONE);
    }

    @Test
    void confidenceIsLowerForShortTermsAndMorphologicalMatches() {
        TextSignal spelled = only("殺すぞ");
        TextSignal conjugated = only("殺してやる");
        TextSignal shortInsult = only("バカ");
        assertThat(conjugated.confidence()).isLessThan(spelled.confidence());
        assertThat(shortInsult.confidence()).isLessThan(0.9).isPositive();
        assertThat(spelled.language()).isEqualTo("ja");
    }

    @Test
    void theV1ConstructorStillWorks() {
        TextSignal v1 = new TextSignal(0, SignalCategory.INSULT, "バカ", 0, 2, "バカ", Attribution.CUSTOMER, false);
        assertThat(v1.target()).isEqualTo(Target.UNKNOWN);
        assertThat(v1.conditional()).isFalse();
        assertThat(v1.isEvidence()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"商品が壊れていました, JAPANESE", "ＳＮＳに晒すぞ, JAPANESE", "SNSに晒す, JAPANESE", "土下座, JAPANESE",
        "The parcel arrived broken., ENGLISH", "ふざけんな fuck you, MIXED", "Twitterに晒すぞ, MIXED",
        "我们要求退款并且立即道歉处理, OTHER", "Это ужасный сервис, OTHER", "12345 !!!, OTHER", "ﾊﾞｶ, JAPANESE"})
    void languageIsDetectedFromTheScripts(String text, TextLanguage language) {
        assertThat(TextLanguage.detect(text)).isEqualTo(language);
    }

    @Test
    void aTextWithoutLanguageIsAnalysedWithTheLexiconOfItsDetectedLanguageAndMixedTextWithBoth() {
        assertThat(ANALYZER.analyze(new TextInput(0, "バカ idiot", null, Speaker.CUSTOMER)))
                .extracting(TextSignal::language).containsExactly("ja", "en");
        assertThat(ANALYZER.analyze(new TextInput(0, "you idiot", null, Speaker.CUSTOMER)))
                .extracting(TextSignal::language).containsExactly("en");
    }
}
