// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextSignal;

/** The default Japanese and English lexicons: they load, every example is found, exclusions work. */
class DefaultLexiconTest {
    static final String FOLDER = "/kasuhara/rules/default/lexicons/";
    static final Lexicon JA = load("ja.tsv");
    static final Lexicon EN = load("en.tsv");
    static final Lexicon BOTH = Lexicon.merge(JA, EN);
    static final TextAnalyzer ANALYZER = TextAnalyzer.of(BOTH);

    static Lexicon load(String name) {
        try (InputStream in = Objects.requireNonNull(DefaultLexiconTest.class.getResourceAsStream(FOLDER + name),
                name); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Lexicon.parse(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextSignal> analyze(String text, String language, Speaker speaker) {
        return ANALYZER.analyze(new TextInput(0, text, language, speaker));
    }

    static Stream<LexiconEntry> terms() {
        return BOTH.entries().stream().filter(e -> !e.exclusion());
    }

    static Stream<LexiconEntry> exclusions() {
        return BOTH.entries().stream().filter(LexiconEntry::exclusion);
    }

    @Test
    void bothLexiconsLoadWithoutProblemsAndMergeWithoutDuplicates() {
        assertThat(JA.entries()).isNotEmpty().allMatch(e -> e.language().equals("ja"));
        assertThat(EN.entries()).isNotEmpty().allMatch(e -> e.language().equals("en"));
        assertThat(BOTH.size()).isEqualTo(JA.size() + EN.size());
    }

    @ParameterizedTest
    @EnumSource(SignalCategory.class)
    void everyCategoryHasTermsInBothLanguages(SignalCategory category) {
        assertThat(terms().filter(e -> e.category() == category).map(LexiconEntry::language).distinct())
                .containsExactlyInAnyOrder("ja", "en");
    }

    @Test
    void everyEntrySaysWhereItComesFrom() {
        assertThat(BOTH.entries()).allSatisfy(e -> assertThat(e.note()).as(e.location()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void everyExampleProducesASignalOfItsEntrysCategory(LexiconEntry entry) {
        for (String language : new String[] {entry.language(), null}) {
            assertThat(analyze(entry.example(), language, Speaker.STAFF_NARRATIVE))
                    .as("%s %s with language %s", entry.location(), entry.example(), language)
                    .extracting(TextSignal::category).contains(entry.category());
        }
    }

    /**
     * A signal is not enough: an example must count as evidence, said by a customer or told by staff. An entry whose
     * own example the negation, narration or self-reproach readings take away (「ライン教えてくれない？」 read as a
     * denial) catches nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void everyHarassmentExampleIsEvidence(LexiconEntry entry) {
        boolean protective = entry.category() == SignalCategory.LEGAL_RECOURSE
                || entry.category() == SignalCategory.RETRACTION
                || entry.category() == SignalCategory.COMPENSATION_DEMAND;
        if (protective) {
            return;
        }
        List<TextSignal> signals = new ArrayList<>(
                analyze(entry.example(), entry.language(), Speaker.CUSTOMER));
        signals.addAll(analyze(entry.example(), entry.language(), Speaker.STAFF_NARRATIVE));
        assertThat(signals).as("%s %s", entry.location(), entry.example())
                .anyMatch(s -> s.isEvidence() && s.category() == entry.category());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exclusions")
    void everyExclusionExampleProducesNoSignalOfItsCategory(LexiconEntry entry) {
        assertThat(analyze(entry.example(), null, Speaker.CUSTOMER)).as(entry.location())
                .extracting(TextSignal::category).doesNotContain(entry.category());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalRecourseTerms")
    void legalRecourseNeverProducesAnotherCategoryByItself(LexiconEntry entry) {
        assertThat(analyze(entry.example(), null, Speaker.CUSTOMER)).as(entry.location())
                .extracting(TextSignal::category).containsOnly(SignalCategory.LEGAL_RECOURSE);
    }

    static Stream<LexiconEntry> legalRecourseTerms() {
        return terms().filter(e -> e.category() == SignalCategory.LEGAL_RECOURSE);
    }

    @ParameterizedTest
    @MethodSource("politeSentences")
    void politeOrLegitimateSentencesProduceNoEvidenceOfAnyBehaviour(String sentence) {
        for (String language : new String[] {null, "ja", "en"}) {
            assertThat(analyze(sentence, language, Speaker.CUSTOMER)).as("language %s", language)
                    .noneMatch(s -> s.isEvidence() && s.behaviour() != null);
        }
    }

    static Stream<String> politeSentences() {
        return Stream.of(
                "ケーキの名前が違っていたので返金をお願いします。",
                // ordinary words both halves of the wide veiled-threat construction once took (a review's finds)
                "隣の席のお子さんがずっと走り回っていました。店員さんももう少し気をつけた方がいいと思います。",
                "お子さん連れも多いお店なんだから、入口の段差は気をつけた方がいいですよ。",
                "息子さんの件は担任の先生から聞きました。このままではどうなるか分かっていますか、と言われて不安です。",
                "I know exactly where I fell: by the north exit. The only warning sign was folded up behind the door.",
                "I know which bus I took, the 7:40. Consider this your formal notice that I want a refund.",
                "I know what time the shop opens. Be ready next time, I will not wait 40 minutes again.",
                "店員：お子さんは何名様ですか？\n客：二人。\n店員：段差がありますので、気をつけてあげてくださいね。",
                "I'd like a refund, the cake had the wrong name.",
                "弁護士に相談します。",
                "店員にバカと言われました。",
                "The clerk called me an idiot.",
                "返金ばかりか、交換もしていただけず困っています。",
                "注文と違う商品ばかりが届きます。確認をお願いします。",
                "ケーキの形がくずれていたので、交換してもらえますか。",
                "破損した箱の写真を撮影して添付します。",
                "責任者の方から説明をしていただけますか。",
                "何度もお電話しましたが、つながりませんでした。",
                "暴力をふるうつもりはありませんが、きちんと対応してください。",
                "カスタマーサポートの対応について改善をお願いします。",
                "送料も馬鹿にならないので、まとめて送ってください。",
                "電車の時間なので帰らないといけません。また連絡します。",
                "担当者のお名前を教えてください。",
                "殺菌処理はされていますか。",
                "お店の方に頭を下げて謝ってほしいです。",
                "SNSに書いてあった値段と違います。ネットに書かれていた到着日も過ぎています。",
                "子どもがバカみたいに喜んでいたのに、名前が違っていて残念です。",
                "配達員が荷物を投げるように置いていきました。",
                "隣の客が大声で騒いでいてうるさかったです。",
                "店員さんに怒鳴られて怖かったです。",
                "Could I speak to the manager about the billing problem?",
                "I'm on a diet, so please tell me whether the cake contains nuts.",
                "The delivery driver was skilled and polite, but the box was damaged.",
                "I took a photo of the damaged parcel and attached it.",
                "I called your phone number twice but nobody answered.",
                "I'm not threatening you, I just want my money back.",
                "If this is not resolved I will contact the consumer centre.",
                "Thank you people for the quick help!",
                "The coupon was useless because it had expired.",
                "Shout out to the staff at the Shinjuku store.",
                "My little girl loved the cake, but the name on it was wrong.",
                "The food court was crowded and the order took an hour.",
                "I would never hit anyone, but I am very disappointed.",
                "I saw your ad on social media and ordered right away.",
                "I called every day last week but nobody picked up.",
                "I stabbed the straw into the drink and it leaked everywhere.",
                "I'm so angry I could scream. Please fix this.",
                "Your driver kicked the door when nobody answered.",
                // reviewer's false positives: intensifier バカ, third-party speech, negated speech acts
                "このケーキ、バカ高いのに小さすぎます",
                "バカ安いので買いましたが、すぐ壊れました。",
                "この商品はバカ売れしているそうですが、在庫はありますか。",
                "店員が客に向かってバカと言った",
                "店員が私にバカと言いました",
                "The clerk called the customer an idiot.",
                "The driver said I was an idiot.",
                "I'm not asking to speak to a man",
                "I'm not asking for compensation for my time, just a refund.",
                "I was waiting outside the store for twenty minutes because it had not opened.",
                "I'll be waiting for your reply.",
                "Please post it on Monday so it arrives by Friday.",
                "ぶっ殺すぞと言ったわけではありません。大きな声を出してすみませんでした。",
                // imperative terms match imperatives, not the verb's other forms; kana readings only as words
                "アプリの画面が急に消えた。",
                "店員さんは黙って作業を続けていました。",
                "買ったばかりなのに壊れました。",
                "I'm not saying a woman can't handle this, I just want it fixed.",
                // the ninth session's review: words of the development sets' threats and remarks in ordinary talk
                "Please fix the hinge otherwise it won't close properly.",
                "体のラインが出ない服を探しています。在庫はありますか。",
                "二人で予約しました。当日は窓側の席をお願いできますか。",
                "The rent will go up so fast that we need to plan ahead.",
                "娘さんは今度何年生でしたっけ。",
                "ご家族によろしくお伝えください。",
                "本日はこれで電話を切らせていただきます。",
                "My brother has been let go from his job, so I need to pause the plan.",
                "I will still be sitting in traffic at five, so please call tomorrow.",
                // the wide constructions' parts in ordinary talk: a parent's own child, a kind word, a price rise
                "うちの子、東小に通ってるんですよね。冬は暗くなるのが早いので、お迎えの時間を早めてもらえますか。",
                "先日は娘さんにも優しくしていただきました。寒いので気をつけてくださいね。",
                "奥さんによろしく。値上げは覚悟していました。",
                "奥さんによろしく。最近は暗くなるのが早いから、気をつけてあげてね。",
                "ご主人にもよろしくお伝えください。最近物騒ですから、気をつけた方がいいですよ。",
                "My son bought this charger and it overheated. Accidents happen, but please recall it.",
                "I know where your store is now. It would be a shame to miss the sale, so please hold one for me.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harassmentExamples")
    void examplesOfTheDomainCatalogueAreFoundAsEvidence(String text, Speaker speaker, SignalCategory expected) {
        assertThat(analyze(text, null, speaker)).filteredOn(TextSignal::isEvidence)
                .extracting(TextSignal::category).contains(expected);
    }

    static Stream<Arguments> harassmentExamples() {
        return Stream.of(
                args("この動画をSNSにアップするぞ", Speaker.CUSTOMER, SignalCategory.SNS_THREAT),
                args("客が店員の胸ぐらをつかんで返金を求めた。", Speaker.STAFF_NARRATIVE, SignalCategory.VIOLENCE),
                args("The customer grabbed the clerk's collar while asking for the refund.", Speaker.STAFF_NARRATIVE,
                        SignalCategory.VIOLENCE),
                args("お前は馬鹿か。", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("ﾀﾋね！ 死ねーーー！", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("客が大声で怒鳴り、机を叩いた。", Speaker.STAFF_NARRATIVE, SignalCategory.TONE),
                args("ただでは済まないぞ", Speaker.CUSTOMER, SignalCategory.INTIMIDATION),
                args("This won't end well for you.", Speaker.CUSTOMER, SignalCategory.INTIMIDATION),
                args("今すぐ土下座しろ", Speaker.CUSTOMER, SignalCategory.KNEELING),
                args("Get on your knees and apologise.", Speaker.CUSTOMER, SignalCategory.KNEELING),
                args("客は同じ話を繰り返し、電話は2時間続いた。", Speaker.STAFF_NARRATIVE, SignalCategory.REPETITION),
                args("客は閉店後も居座り、帰らないと言った。", Speaker.STAFF_NARRATIVE, SignalCategory.REFUSAL_TO_LEAVE),
                args("女のくせに生意気だ", Speaker.CUSTOMER, SignalCategory.DISCRIMINATION),
                args("仕事終わったらデートしようよ、LINE教えて", Speaker.CUSTOMER, SignalCategory.SEXUAL),
                args("あの店員をクビにしろ。名前は覚えたからな", Speaker.CUSTOMER, SignalCategory.STAFF_TARGETING),
                args("ネットに晒してやる", Speaker.CUSTOMER, SignalCategory.SNS_THREAT),
                args("店員の顔を勝手に撮影していた", Speaker.STAFF_NARRATIVE, SignalCategory.FILMING),
                args("殺されたいのか", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                // refusals to deal with a group are discrimination even though they are negative
                args("I'm not talking to a foreigner.", Speaker.CUSTOMER, SignalCategory.DISCRIMINATION),
                args("The customer said he would not be served by a woman.", Speaker.STAFF_NARRATIVE,
                        SignalCategory.DISCRIMINATION),
                args("年寄りは引っ込んでろ。", Speaker.CUSTOMER, SignalCategory.DISCRIMINATION),
                args("しねよ、ゴミ。", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("田中をクビにしないと許さない。", Speaker.CUSTOMER, SignalCategory.STAFF_TARGETING),
                args("客は退去を求められても帰らなかった。", Speaker.STAFF_NARRATIVE, SignalCategory.REFUSAL_TO_LEAVE),
                args("客が『殺すぞ』と叫んだ", Speaker.STAFF_NARRATIVE, SignalCategory.THREAT_TO_LIFE),
                args("I'll hurt your family.", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("慰謝料と迷惑料として1億円払え", Speaker.CUSTOMER, SignalCategory.COMPENSATION_DEMAND),
                args("I want compensation for my suffering.", Speaker.CUSTOMER, SignalCategory.COMPENSATION_DEMAND),
                // reviewer's false negatives and false categories
                args("殴られたいのか", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("殴るぞ", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("蹴られたいのか", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("客が「突き飛ばされたいのか」と言った", Speaker.STAFF_NARRATIVE, SignalCategory.THREAT_TO_LIFE),
                args("担当の山田さんを辞めさせてください", Speaker.CUSTOMER, SignalCategory.STAFF_TARGETING),
                args("Fire the guy who served me", Speaker.CUSTOMER, SignalCategory.STAFF_TARGETING),
                args("Im gonna burn your shop down", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("I'll burn this place down", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE),
                args("The customer threatened to stab the clerk", Speaker.STAFF_NARRATIVE,
                        SignalCategory.THREAT_TO_LIFE),
                args("He said: I'll find out where you live and wait for you after your shift",
                        Speaker.STAFF_NARRATIVE, SignalCategory.THREAT_TO_LIFE),
                args("I'll be waiting outside the store when you close", Speaker.STAFF_NARRATIVE,
                        SignalCategory.INTIMIDATION),
                args("I will post this on Twitter unless you refund me", Speaker.CUSTOMER, SignalCategory.SNS_THREAT),
                args("Googleの口コミに星1つで書いてやる", Speaker.CUSTOMER, SignalCategory.SNS_THREAT),
                args("The customer filmed the cashier without asking", Speaker.STAFF_NARRATIVE,
                        SignalCategory.FILMING),
                args("Put a man on the phone, women can't handle this", Speaker.CUSTOMER,
                        SignalCategory.DISCRIMINATION),
                args("Don't make me come down there", Speaker.CUSTOMER, SignalCategory.INTIMIDATION),
                args("誠意を見せろ", Speaker.CUSTOMER, SignalCategory.COMPENSATION_DEMAND),
                args("店員が「死ね」と言ったので、私は「お前こそ死ね」と言った", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("店員が謝らないなら殺すぞ", Speaker.CUSTOMER, SignalCategory.THREAT_TO_LIFE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("falsePositives")
    void reviewedFalsePositivesProduceNoEvidenceOfTheirCategory(String text, Speaker speaker,
                                                               SignalCategory category) {
        for (String language : new String[] {null, "ja", "en"}) {
            assertThat(analyze(text, language, speaker)).as("language %s", language)
                    .filteredOn(TextSignal::isEvidence).extracting(TextSignal::category).doesNotContain(category);
        }
    }

    static Stream<Arguments> falsePositives() {
        return Stream.of(
                args("このケーキ、バカ高いのに小さすぎます", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("お客様は「殺す気か！」と叫んだ", Speaker.STAFF_NARRATIVE, SignalCategory.THREAT_TO_LIFE),
                args("お客様は「殺す気か！」と叫んだ", Speaker.STAFF_NARRATIVE, SignalCategory.INTIMIDATION),
                args("客は『ぶっ殺すぞ』と言ったわけではないが、声は大きかった", Speaker.STAFF_NARRATIVE,
                        SignalCategory.THREAT_TO_LIFE),
                args("客は「殺すぞ」とは言っていない", Speaker.STAFF_NARRATIVE, SignalCategory.THREAT_TO_LIFE),
                args("店員が客に向かってバカと言った", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("店員が私にバカと言いました", Speaker.CUSTOMER, SignalCategory.INSULT),
                args("スタッフが私に「女のくせに」と言った", Speaker.CUSTOMER, SignalCategory.DISCRIMINATION),
                args("The clerk said you'll regret this.", Speaker.CUSTOMER, SignalCategory.INTIMIDATION),
                args("I'm not asking to speak to a man", Speaker.CUSTOMER, SignalCategory.DISCRIMINATION),
                args("殴られたいのか", Speaker.CUSTOMER, SignalCategory.VIOLENCE),
                args("殴るぞ", Speaker.CUSTOMER, SignalCategory.VIOLENCE),
                args("蹴られたいのか", Speaker.CUSTOMER, SignalCategory.VIOLENCE),
                args("The customer threatened to hit the clerk.", Speaker.STAFF_NARRATIVE, SignalCategory.VIOLENCE));
    }

    private static Arguments args(String text, Speaker speaker,
                                                                    SignalCategory expected) {
        return Arguments.of(text, speaker, expected);
    }

    @Test
    void shoutingForTheMoneyBackOnceIsNotEvidence() {
        assertThat(analyze("金返せ！", null, Speaker.CUSTOMER)).isEmpty(); // MHLW-2022: legitimate
    }
}
