// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.text.TestLexicon.onlySignal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NegationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "暴力をふるうつもりはない",
        "暴力をふるうつもりはありません",
        "バカなんて言っていない",
        "バカとは一言も言っていません",
        "客は店員を殴っていません",
        "殴らないでください",
        "土下座しろとまでは言わないが、謝ってほしい",
        "殺す気はない",
        "バカと言っていません",
        "「死ね」と言ったわけではない",
        "客は『殺すぞ』と言ったわけではないが、声は大きかった",
        "殺すぞと言ったわけではありません",
        "死ねって言ってない",
        "バカとは言っていない",
        "ネットに晒し上げるつもりはない"})
    void japaneseNegationRightAfterTheTermNegatesIt(String text) {
        TextSignal signal = onlySignal(text);
        assertThat(signal.negated()).isTrue();
        assertThat(signal.isEvidence()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ネットに晒したり、騒いだりするつもりはありません",
        "店員を殴ったり、ネットに晒したりはしません",
        "べつに殴るとか、ネットに晒すとか、そういうつもりは全然ないです",
        "殴ったりもせえへんから安心して"})
    void aListOfActsDeniedAtItsEndNegatesEveryActOfIt(String text) {
        assertThat(TestLexicon.customer(text)).filteredOn(s -> s.category() != SignalCategory.LEGAL_RECOURSE)
                .isNotEmpty().allSatisfy(s -> assertThat(s.negated()).as(s.toString()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"殴らない？", "殴らへんか？", "殴ってもらえませんか", "殴ってくれないかな", "殴らないか。",
        "いいから殴ればいいじゃない。", "度胸だけはあるやないけ。"})
    void aNegativeAskedAsAQuestionOrADareIsNoDenial(String text) {
        // 「今度ご飯に行かない？」, 「LINE教えてくれない？」: an invitation or a request, not a denial
        Lexicon lexicon = TestLexicon.of("殴	VIOLENCE	ja	客が店員を殴った	test", "度胸だけはある	INTIMIDATION	ja	"
                + "度胸だけはあるやないけ。	test");
        assertThat(TextAnalyzer.of(lexicon).analyze(new TextInput(0, text, "ja", Speaker.CUSTOMER)))
                .isNotEmpty().allSatisfy(s -> assertThat(s.negated()).as(s.toString()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"殴らないから安心して", "殴ってないか確認してください", "殴ってないかもしれない", "殴らなかった？"})
    void aDenialFollowedByAReasonOrAClauseStaysADenial(String text) {
        assertThat(onlySignal(text).negated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"omae no kao oboeta kara na", "tantousha no jitaku oshiete"})
    void theRomajiParticleNoIsNoNegator(String text) {
        Lexicon lexicon = TestLexicon.of("kao oboeta	STAFF_TARGETING	en	kao oboeta zo	test",
                "jitaku oshiete	STAFF_TARGETING	en	jitaku oshiete yo	test");
        assertThat(TextAnalyzer.of(lexicon).analyze(new TextInput(0, text, "en", Speaker.CUSTOMER)))
                .isNotEmpty().allSatisfy(s -> assertThat(s.negated()).isFalse());
        assertThat(TextAnalyzer.of(lexicon).analyze(new TextInput(0, "There is no kao oboeta here", "en",
                Speaker.CUSTOMER))).allSatisfy(s -> assertThat(s.negated()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"正直、怒鳴りたい気持ちです", "怒鳴りたくなるのをこらえました", "あなたに怒鳴っても仕方ない",
        "お客様は終始穏やかで、怒鳴ることは一度もなかった", "怒鳴ることなく最後まで説明を聞かれた"})
    void anOutburstOnlyWishedForOrConcededIsNoOutburst(String text) {
        assertThat(onlySignal(text).isEvidence()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"コーチが今日も脚を殺しにきてくれて最高でした", "先輩が容赦なく殴ってくれて、ありがとうございました"})
    void violentSlangForAFavourThatIsPraisedIsNoAct(String text) {
        assertThat(TestLexicon.customer(text)).isNotEmpty().allSatisfy(s -> assertThat(s.isEvidence()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"お前を殺してくれるわ", "殺しにきてくれて、ふざけるな", "お前を殺すぞ。最高の気分だ"})
    void aBlowForTheSpeakerWithoutPraiseStaysAThreat(String text) {
        assertThat(TestLexicon.customer(text)).anySatisfy(s -> assertThat(s.isEvidence()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"推理小説の犯人が毒殺する場面で、殺すの字が誤植でした", "ドラマで刑事が犯人を殺すシーンが怖かった",
        "映画の中で主人公が「殺すぞ」と叫ぶ場面の字幕が消えていました", "In the last scene the villain says he will kill them all"})
    void violenceInAStoryIsNoAct(String text) {
        assertThat(TestLexicon.customer(text)).isNotEmpty().allSatisfy(s -> assertThat(s.isEvidence()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"映画館の店員、殺すぞ", "映画なんかどうでもいい、お前を殺すぞ", "That film was rubbish and I will kill you"})
    void aThreatAddressedToSomeoneOrAtTheCinemaIsNoStory(String text) {
        assertThat(TestLexicon.customer(text)).anySatisfy(s -> assertThat(s.isEvidence()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"殺すぞ、なんて言いませんよ", "殺すなんて思ってないです", "殺すとか、そういうことではありません",
        "殺すなんて、私は一度も言っていません", "別に殺すとか思ってないし", "殺すなんて、これっぽっちも思ってませんよ"})
    void aStatementDeniedAsAWholeIsNegated(String text) {
        assertThat(onlySignal(text).isEvidence()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I wanted to punch a wall", "I nearly screamed", "I want to shout from the rooftops"})
    void anEnglishActOnlyWishedForOrNearlyDoneIsNone(String text) {
        assertThat(TestLexicon.customer(text)).isNotEmpty().allSatisfy(s -> assertThat(s.isEvidence()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"土下座なんて要りません", "土下座を求めるつもりはありません", "土下座とかは要りません、返金だけで十分です"})
    void aDemandNamedAsTheObjectOfItsOwnRefusalIsDenied(String text) {
        assertThat(onlySignal(text).isEvidence()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"土下座しろ", "土下座が要らないなら金を払え", "I have no money, so I screamed"})
    void aDemandOrActWithoutItsRefusalStaysEvidence(String text) {
        assertThat(TestLexicon.customer(text)).anyMatch(TextSignal::isEvidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have no intention of shouting", "Nobody needs to kneel", "I'm certainly not asking anyone to kneel"})
    void anEnglishDenialOfIntentionNegates(String text) {
        assertThat(TestLexicon.customer(text)).isNotEmpty().allSatisfy(s -> assertThat(s.negated()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"殺すなんて、毎日思ってますよ", "殺すとか、本気で思ってますから", "殺すなんて。言わないと分からないのか",
        "殺すなんて、思いもしない方法でな", "殺すなんて、思いもよらない目に遭わせる", "殺すとか、思わないわけがないだろ"})
    void aStatementAfterなんてThatIsNotDeniedStaysEvidence(String text) {
        assertThat(onlySignal(text).isEvidence()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"客が怒鳴った", "客が何度も怒鳴りつけた", "怒鳴りながら机を叩いた"})
    void anOutburstThatHappenedStaysEvidence(String text) {
        assertThat(TestLexicon.staff(text)).anyMatch(s -> s.category() == SignalCategory.TONE && s.isEvidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ネットに晒したり、殴ったりしてやる",
        "ネットに晒したりした。もう謝るつもりはない"})
    void aListThatIsNotDeniedOrDeniedInAnotherSentenceStaysEvidence(String text) {
        assertThat(TestLexicon.customer(text)).anyMatch(s -> s.category() == SignalCategory.SNS_THREAT
                && !s.negated());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "土下座しないと許さない",
        "バカじゃないの？",
        "殺すぞ、絶対に許さない",
        "殺すぞ絶対許さない",
        "このバカ、返金しないなら訴えるぞ",
        "殴られたくなかったら金を返せ",
        "死ねと言ったのに謝りもしない",
        "「バカ」と言ったら黙った",
        "ネットに晒した客は謝らない",
        "バカすみません、言い過ぎました",
        "殴ってすいません"})
    void conditionRhetoricalQuestionOrLaterClauseDoesNotNegate(String text) {
        assertThat(TestLexicon.customer(text)).filteredOn(s -> s.category() != SignalCategory.LEGAL_RECOURSE)
                .singleElement().satisfies(s -> assertThat(s.negated()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not threatening you",
        "I would never hit anyone",
        "I am not going to kill you",
        "I didn't call you an idiot",
        "I won't ever hit anyone",
        "I DON’T want to kill anybody",
        "I'm not asking you to shut up",
        "I am not telling you to die",
        "I am not asking anyone to die"})
    void englishNegatorShortlyBeforeTheTermNegatesIt(String text) {
        assertThat(onlySignal(text).negated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you don't refund me I'll kill you",
        "No, you idiot",
        "It's not fair. I will kill you",
        "I can't believe it, you idiot"})
    void englishNegatorOfAnotherVerbOrClauseDoesNotNegate(String text) {
        assertThat(onlySignal(text).negated()).isFalse();
    }
}
