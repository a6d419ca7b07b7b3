// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Japanese conjugated forms generated from the lexicon (Kuromoji reads the terms, never the texts), readings, and
 * English inflections and contractions.
 */
class MorphologyTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(Lexicon.of(List.of(
            entry("殺す", SignalCategory.THREAT_TO_LIFE, "ja", "殺すぞ", ""),
            entry("土下座しろ", SignalCategory.KNEELING, "ja", "土下座しろ", ""),
            entry("謝れ", SignalCategory.INTIMIDATION, "ja", "早く謝れ", ""),
            entry("馬鹿", SignalCategory.INSULT, "ja", "馬鹿", "ばか"),
            entry("i'll kill you", SignalCategory.THREAT_TO_LIFE, "en", "I'll kill you", ""),
            entry("throw", SignalCategory.VIOLENCE, "en", "he will throw it", ""),
            entry("shove", SignalCategory.VIOLENCE, "en", "do not shove", ""))));

    private static LexiconEntry entry(String term, SignalCategory category, String language, String example,
                                      String reading) {
        return new LexiconEntry(term, category, language, example, "test", "code", 0, false, reading);
    }

    private static List<TextSignal> signals(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"殺すぞ, 殺す", "殺してやる, 殺し", "殺されたいのか！, 殺さ", "お前を殺しますよ, 殺し", "ぶち殺したろか, 殺し",
        "殺さなきゃわからないのか, 殺さ"})
    void aJapaneseVerbMatchesAcrossConjugationsWithTheSpanOfTheConjugatedWord(String text, String excerpt) {
        assertThat(signals(text)).filteredOn(s -> s.category() == SignalCategory.THREAT_TO_LIFE)
                .extracting(TextSignal::excerpt).contains(excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"土下座しろ", "土下座しなさい", "土下座してください", "土下座せえや", "土下座しろよ！"})
    void aPhraseMatchesAtEveryPolitenessLevel(String text) {
        assertThat(signals(text)).extracting(TextSignal::category).contains(SignalCategory.KNEELING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"謝れ", "謝れよ", "謝れーーー", "謝れや"})
    void anImperativeTheDictionaryMisreadsStillMatches(String text) {
        assertThat(signals(text)).extracting(TextSignal::category).contains(SignalCategory.INTIMIDATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"この馬鹿が, 馬鹿", "このばかが, ばか", "このバカが, バカ", "このﾊﾞｶが, ﾊﾞｶ", "このバーーカ！, バーーカ"})
    void aReadingMatchesKanaSpellingsAndTheExcerptIsTheOriginalSpan(String text, String excerpt) {
        TextSignal signal = signals(text).get(0);
        assertThat(signal.category()).isEqualTo(SignalCategory.INSULT);
        assertThat(signal.excerpt()).isEqualTo(excerpt).isEqualTo(text.substring(signal.start(), signal.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"謝罪ばかりで困る", "殺菌が足りない", "殺到している"})
    void wholeTokensOnly(String text) {
        assertThat(signals(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"画面が急に消えた", "電気が消えてしまいました", "店員さんは黙って作業していました"})
    void anImperativeTermDoesNotMatchTheVerbsOtherForms(String text) {
        TextAnalyzer analyzer = TextAnalyzer.of(Lexicon.of(List.of(
                entry("消えろ", SignalCategory.INSULT, "ja", "消えろ", ""),
                entry("黙れ", SignalCategory.INSULT, "ja", "黙れ", ""))));
        assertThat(analyzer.analyze(new TextInput(0, text, null, Speaker.CUSTOMER))).isEmpty();
        assertThat(analyzer.analyze(new TextInput(0, "さっさと消えなさい。黙ってろ", null, Speaker.CUSTOMER)))
                .hasSize(2);
    }

    @Test
    void aDemandPutAsAConditionIsNotANegation() {
        assertThat(signals("土下座しないと許さない")).filteredOn(s -> s.category() == SignalCategory.KNEELING)
                .singleElement().satisfies(s -> assertThat(s.isEvidence()).isTrue());
    }

    @Test
    void aThreatLateInALongTranscriptIsFound() {
        String text = "お客様からご注文の商品について問い合わせがありました。".repeat(80) + "最後に「殺してやるからな」と言われた。";
        assertThat(text.length()).isGreaterThan(2000);
        assertThat(signals(text)).extracting(TextSignal::category).contains(SignalCategory.THREAT_TO_LIFE);
    }

    @Test
    void aNegatedConjugationIsNegated() {
        assertThat(signals("殺すつもりはない")).allMatch(TextSignal::negated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll kill you", "I will kill you", "I WILL KILL YOU", "i’ll KILL you", "I'm gonna... no, I will killed you"})
    void englishContractionsAndCasing(String text) {
        assertThat(signals(text)).extracting(TextSignal::category).contains(SignalCategory.THREAT_TO_LIFE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"he threw a cup at me", "she has thrown things", "he was throwing chairs", "he shoved me",
        "stop shoving", "he shoves people"})
    void englishIrregularAndSpellingRuleForms(String text) {
        assertThat(signals(text)).extracting(TextSignal::category).contains(SignalCategory.VIOLENCE);
    }
}
