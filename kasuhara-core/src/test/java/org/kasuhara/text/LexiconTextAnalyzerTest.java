// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.text.TestLexicon.customer;
import static org.kasuhara.text.TestLexicon.onlySignal;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTextAnalyzerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "😡😡ﾊﾞｶ！, ﾊﾞｶ",
        "お前はＩＤＩＯＴだ, ＩＤＩＯＴ",
        "👨‍👩‍👧 ハ\u3099カ!, ハ\u3099カ",
        "é死ねーーー！, 死ねーーー",
        "消費者センターに相談, 消費者センター",
        "死\u200Bね, 死\u200Bね",
        "ﾊﾞｰｶ, ﾊﾞｰｶ",
        "Ｅ\u0301 you ＩＤＩＯＴ\u0301., ＩＤＩＯＴ\u0301",
    })
    void excerptIsTheOriginalSpanEvenWhenNormalisationChangedTheText(String original, String expected) {
        TextSignal signal = onlySignal(original);
        assertThat(signal.excerpt()).isEqualTo(original.substring(signal.start(), signal.end())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"客が店員を殴った", "店長が殴られた", "殴りかかってきた", "殴ろうとした"})
    void japaneseStemMatchesEveryConjugation(String text) {
        assertThat(TestLexicon.staff(text)).extracting(TextSignal::category).containsExactly(SignalCategory.VIOLENCE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"he kills people, kills", "he killed it, killed", "stop killing, killing", "he stabbed him, stabbed",
        "hitting her, hitting", "she hits, hits", "he threatened her, threatened", "you idiots, idiots"})
    void englishTermMatchesWithSimpleSuffixes(String text, String excerpt) {
        assertThat(onlySignal(text).excerpt()).isEqualTo(excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm on a diet", "what a skill", "the dietitian", "a white stable", "a kilt",
        "killjoy", "in the shutter", "dies-irae is not a suffix: diesel"})
    void englishTermDoesNotMatchInsideAnotherWord(String text) {
        assertThat(customer(text)).extracting(TextSignal::excerpt).doesNotContain("die", "kill", "stab", "hit");
    }

    @Test
    void englishTermMatchesNextToJapaneseText() {
        assertThat(onlySignal("idiotだよ").excerpt()).isEqualTo("idiot");
    }

    @Test
    void multiWordEnglishTermMatchesAcrossExtraSpaces() {
        assertThat(onlySignal("just SHUT   UP").excerpt()).isEqualTo("SHUT   UP");
    }

    @Test
    void longerPhraseOfAnotherCategoryOverridesTheShortTermInsideIt() {
        assertThat(customer("殴るぞ！")).extracting(TextSignal::category).containsExactly(SignalCategory.THREAT_TO_LIFE);
    }

    @Test
    void overlappingTermsOfOneCategoryAreReportedOnceWithTheLongest() {
        TextSignal signal = onlySignal("お前を殺すぞ");
        assertThat(signal.term()).isEqualTo("殺すぞ");
        assertThat(signal.excerpt()).isEqualTo("殺すぞ");
    }

    @Test
    void distinctCategoriesAreAllReportedInOrderOfStart() {
        List<TextSignal> signals = customer("土下座しろ、このバカ！ネットに晒してやる、殺すぞ");
        assertThat(signals).extracting(TextSignal::category).containsExactly(SignalCategory.KNEELING,
                SignalCategory.INSULT, SignalCategory.SNS_THREAT, SignalCategory.THREAT_TO_LIFE);
        assertThat(signals).allMatch(TextSignal::isEvidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"そればかりか返金もない", "注文と違う商品ばかり届く", "ﾊﾞｶﾘ", "馬鹿丁寧な説明でした"})
    void exclusionHidesTheTermInsideAKnownInnocentWord(String text) {
        assertThat(customer(text)).isEmpty();
    }

    @Test
    void exclusionHidesOnlyTheMatchInsideIt() {
        assertThat(customer("バカばかり")).extracting(TextSignal::excerpt).containsExactly("バカ");
    }

    @Test
    void languageSelectsTheLexiconEntriesAndUnknownLanguageUsesAll() {
        String text = "バカ idiot";
        assertThat(analyze(text, "ja")).extracting(TextSignal::excerpt).containsExactly("バカ");
        assertThat(analyze(text, "ja-JP")).extracting(TextSignal::excerpt).containsExactly("バカ");
        assertThat(analyze(text, "en")).extracting(TextSignal::excerpt).containsExactly("idiot");
        assertThat(analyze(text, null)).extracting(TextSignal::excerpt).containsExactly("バカ", "idiot");
        assertThat(analyze(text, "fr")).extracting(TextSignal::excerpt).containsExactly("バカ", "idiot");
    }

    @Test
    void signalCarriesTheContactIndexAndTheLexiconTerm() {
        TextSignal signal = TestLexicon.ANALYZER.analyze(new TextInput(3, "ﾊﾞｶ", "ja", Speaker.CUSTOMER)).get(0);
        assertThat(signal.contact()).isEqualTo(3);
        assertThat(signal.term()).isEqualTo("バカ");
        assertThat(signal.behaviour()).isEqualTo(org.kasuhara.model.Behaviour.MENTAL_ATTACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ケーキの名前が違っていたので返金をお願いします。",
        "I'd like a refund, the cake had the wrong name on it.",
        "注文した商品と違うものが届きました。交換していただけますか。",
        "The delivery was two days late and the box was damaged. Could you explain what happened?",
        ""})
    void politeLegitimateComplaintProducesNoSignals(String text) {
        assertThat(customer(text)).isEmpty();
        assertThat(TestLexicon.staff(text)).isEmpty();
    }

    @Test
    void longTextIsAnalysedInOnePassAndFindsTheTermAtTheEnd() {
        String polite = "注文した商品と違うものが届きました。I would like an exchange, please. ";
        String text = polite.repeat(1_000) + "このバカ";
        List<TextSignal> signals = customer(text);
        assertThat(signals).singleElement().satisfies(s -> assertThat(s.start()).isEqualTo(text.length() - 2));
    }

    @Test
    void analyserGivesTheSameResultsFromManyThreads() {
        String text = "土下座しろ、このバカ！I will kill you. 弁護士に相談します";
        List<TextSignal> expected = customer(text);
        List<List<TextSignal>> results = IntStream.range(0, 2_000).parallel().mapToObj(i -> customer(text)).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void emptyLexiconFindsNothing() {
        TextAnalyzer empty = TextAnalyzer.of(Lexicon.of(List.of()));
        assertThat(empty.analyze(new TextInput(0, "このバカ", null, Speaker.CUSTOMER))).isEmpty();
    }

    @Test
    void exclusionHidesOnlyMatchesOfItsOwnCategory() {
        Lexicon lexicon = Lexicon.of(List.of(
                new LexiconEntry("ばか", SignalCategory.INSULT, "ja", "ばか", "", "code", 0),
                new LexiconEntry("ばか", SignalCategory.TONE, "ja", "ばか", "", "code", 0),
                new LexiconEntry("ばかり", SignalCategory.INSULT, "ja", "ばかり", "", "code", 0, true)));
        assertThat(TextAnalyzer.of(lexicon).analyze(new TextInput(0, "それバカリ", null, Speaker.CUSTOMER)))
                .extracting(TextSignal::category).containsExactly(SignalCategory.TONE);
    }

    private static List<TextSignal> analyze(String text, String language) {
        return TestLexicon.ANALYZER.analyze(new TextInput(0, text, language, Speaker.CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"殴られたいのか", "殴られたいか", "殴られてえのか", "殴られたくなかったら金を返せ",
        "he threatened to hit her"})
    void violenceInAThreateningFormIsAThreatNotAnAssault(String text) {
        assertThat(customer(text)).extracting(TextSignal::category)
                .contains(SignalCategory.THREAT_TO_LIFE).doesNotContain(SignalCategory.VIOLENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"客が店員を殴った", "殴られた。帰りたいのか聞かれた", "殴りたいのか", "he hit her"})
    void violenceThatHappenedStaysViolence(String text) {
        assertThat(TestLexicon.staff(text)).extracting(TextSignal::category).containsExactly(SignalCategory.VIOLENCE);
    }

    @Test
    void aKatakanaTermIsNotFoundAcrossAParticleAndTheKatakanaWordAfterIt() {
        assertThat(TestLexicon.customer("途中でブラシが止まり、坂道でブレーキも効きませんでした。")).isEmpty();
        assertThat(TestLexicon.customer("このデブ、さっさとしろ。")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.INSULT);
        assertThat(TestLexicon.customer("このでぶ、さっさとしろ。")).as("written in hiragana, it is still the word")
                .extracting(TextSignal::category).containsExactly(SignalCategory.INSULT);
        assertThat(TestLexicon.customer("まじでブスだな")).as("the false デブ does not hide the ブス it overlaps")
                .extracting(TextSignal::term).containsExactly("ブス");
    }
}
