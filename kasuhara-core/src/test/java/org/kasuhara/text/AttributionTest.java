// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.text.TestLexicon.onlySignal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "店員にバカと言われました",
        "店員に「バカ」と言われた",
        "「殺すぞ」と言ってきた",
        "『死ね』と店員に怒鳴られました",
        "店員に怒鳴られた",
        "バカにされた気分です",
        "The clerk called me an idiot.",
        "\"You idiot,\" he said.",
        "“Shut up,” the clerk told me.",
        "He told me, \"I will kill you.\"",
        "The manager yelled at me in front of everyone.",
        "I was hit by the delivery man.",
        "店員さんが他のお客さんを殴っていました。",
        "同じプレイヤーから毎日「死ね」「お前を殺す」ってチャットが来ます。",
        "隣の席の客が店員さんに「殺すぞ」って怒鳴ってて、かわいそうでした。",
        "A player keeps messaging me \"you idiot\" in the game chat.",
        "「バカ」、「死ね」と言われました。",
        "The clerk yelled at another customer.",
        "店員が客に向かってバカと言った",
        "店員が私にバカと言いました",
        "スタッフが私に「死ね」と叫んだ",
        "店員さんは「殺すぞ」と言っていた",
        "The clerk called the customer an idiot.",
        "The driver said I was an idiot.",
        "The clerk threatened to kill me.",
        "The manager replied by e-mail (copied below): \"You idiot. Never come back.\"",
        "He shouted \"pay up\" through her door and would not leave for several minutes.",
        "「死ね」というメールが私に届きました。",
        "酔った客が運転手さんに「殺すぞ」と言っていたのを聞きました。",
        "前回の窓口で「バカ」と怒鳴っていた人がいて、職員さんが気の毒でした。",
        "「バカ」と言ったのは私ではなく相手の方です。",
        "On your forum someone posted \"you idiot\" under my review.",
        "このホラーゲーム、「殺すぞ」という台詞の場面で毎回フリーズします。",
        "「死ね」っていう歌詞の曲が店内でずっと流れていて不快でした。"})
    void customerReportingAbuseTheyReceivedIsQuotedNotEvidence(String text) {
        assertThat(TestLexicon.customer(text)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.attribution()).isEqualTo(Attribution.QUOTED_BY_CUSTOMER);
            assertThat(s.isEvidence()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "このバカ！",
        "「土下座しろ」と言っただけだ",
        "「バカ」って思ってる人、多いと思いますよ。",
        "「殺すぞ」って言ってる人の気持ちが分かるわ。",
        "店員を怒鳴ったら、やっと店長が出てきた。",
        "ネットに晒されたいのか",
        "\"You idiot,\" I said.",
        "I told him \"shut up\" and left.",
        "You idiot, I will sue.",
        "店員が謝らないなら殺すぞ",
        "The clerk said no, so I will kill him.",
        "I was yelling because nobody listened.",
        "店員が遅いのでバカと言った",
        "店員が来たら、私が「殺すぞ」と言った",
        "店員にバカと言った",
        "You said no so I will kill you",
        "Nurse, could you just yell it in here every morning.",
        "He called me back and I told him he's an idiot",
        "「殺すぞ」という気持ちで来てるからな",
        "「死ね」という張り紙を店の前に貼ってやるからな"})
    void customerOwnWordsAreEvidence(String text) {
        assertThat(TestLexicon.customer(text)).filteredOn(s -> s.category() != SignalCategory.LEGAL_RECOURSE)
                .singleElement().satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "担当オペレーターから「何回言えばわかるんですか、バカなんですか」と言われたとの申し出。",
        "お客様によると、店員さんから急に「邪魔だ、バカ」と言われたそうです。"})
    void aStaffNarrativeOfWordsAnEmployeeSaidToTheCustomerIsNotTheCustomers(String text) {
        assertThat(TestLexicon.staff(text)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.QUOTED_BY_CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "娘さんから電話。別の入居者の家族が職員に「役立たずのバカ」と怒鳴っていたとのこと。",
        "他のお客様が店員に「殺すぞ」と叫んでいた、とのご連絡。",
        "お客様は、前日に別の客から「殺すぞ」と迫られている店員を見て心配になったと話された。",
        "The caller said another passenger shouted \"you idiot\" at the conductor."})
    void aStaffNarrativeOfWordsAnotherPersonSaidIsNotTheCustomers(String text) {
        assertThat(TestLexicon.staff(text)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.QUOTED_BY_CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "別の客が止めに入ったが、客は「バカ」と怒鳴った。",
        "客が別の客に「殺すぞ」と叫んだ。",
        "別の日に、客が「バカ」と言った。",
        "The customer told another guest \"you idiot\" in the lobby."})
    void anotherPersonNamedElsewhereLeavesTheCustomersWordsEvidence(String text) {
        assertThat(TestLexicon.staff(text)).isNotEmpty()
                .anySatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "客に「バカ」と言われた。",
        "田中さんが客に「バカ」と言われたとのこと。",
        "夜勤の職員がお客様から「殺すぞ」と言われたそうです。",
        "看護師が患者様から「殺すぞ」と言われたとのこと。",
        "担当者が電話口で「ぶっ殺すぞ」と言われたとのこと。",
        "客が担当者に「バカ」と言った。",
        "担当者から説明した。客は「バカ」と言われたと思ったらしく、「バカ」と怒鳴った。"})
    void aStaffNarrativeOfTheCustomersWordsStaysEvidence(String text) {
        assertThat(TestLexicon.staff(text)).isNotEmpty()
                .anySatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "客が『殺すぞ』と叫んだ",
        "お客様に「バカ」と言われました",
        "客に殴られた",
        "The customer called me an idiot.",
        "\"I will kill you,\" he said."})
    void staffNarrativeQuotingTheCustomerIsEvidence(String text) {
        TextSignal signal = TestLexicon.staff(text).get(0);
        assertThat(signal.attribution()).isEqualTo(Attribution.CUSTOMER);
        assertThat(signal.isEvidence()).isTrue();
    }

    @Test
    void unclosedQuotationMarkDoesNotTurnTheRestIntoReportedSpeech() {
        assertThat(onlySignal("「返金して。このバカ").attribution()).isEqualTo(Attribution.CUSTOMER);
    }

    @Test
    void aQuotationTheCustomerPassesOnInAStaffNarrativeIsNotTheirOwnWords() {
        assertThat(TestLexicon.staff("患者さんから申し出。「待合室で男性が看護師さんに『殺すぞ』と言っていました。怖かったです」とのこと。"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.QUOTED_BY_CUSTOMER));
    }

    @Test
    void aNestedQuotationTheCustomerAnnouncesIsStillTheirs() {
        assertThat(TestLexicon.staff("お客様は「店長に『殺すぞ』って伝えとけ」と怒鳴った。"))
                .anySatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.CUSTOMER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a caller's stranger said it          | 酔った男の人に足を踏まれて「すみません」って言うたら、「殺すぞ」って言われたんです。 | QUOTED_BY_CUSTOMER",
        "a staff note naming the customer     | 男性客に「殺すぞ」と言われました。                                             | CUSTOMER",
        "the customer is the last agent       | 知らない人に道を聞かれて案内中、お客様に「殺すぞ」と言われた。                 | CUSTOMER",
        "a staff note may call them a drunk   | 酔っ払いに「殺すぞ」と言われました。                                           | CUSTOMER",
        "no receipt after the quotation       | 男の人に「殺すぞ」って言ってやった。                                           | CUSTOMER",
        "a stranger named in full             | ロッカールームで知らない男性に「次に使ったら殺すぞ」って言われたんです。       | QUOTED_BY_CUSTOMER",
        "a list of quotations from a stranger | 見知らぬ男性に「邪魔だ」「殺すぞ」と言われました。                             | QUOTED_BY_CUSTOMER",
        "a list of quotations from staff      | 運転手さんに「道も分からんのか」「バカ」と言われたんです。                     | QUOTED_BY_CUSTOMER",
        "a list of quotations from a customer | お客様から「道も分からんのか」「バカ」と言われた。                             | CUSTOMER",
        "a list, the customer's words after   | 店員さんに「はい」と言われて、「バカ」と言い返した。                           | CUSTOMER",
        "a stranger with から                 | 知らない男から「殺すぞ」と言われたんです。                                     | QUOTED_BY_CUSTOMER",
        "words the customer wrote             | お客様から「殺すぞ」との文言のメールが届いた。                                 | CUSTOMER",
        "a phrase the customer repeated       | 客は「殺すぞ」というフレーズを何度も繰り返した。                               | CUSTOMER"})
    void aCallerTellingWhatAStrangerSaidToThemReportsIt(String what, String narrative, Attribution expected) {
        assertThat(TestLexicon.staff(narrative)).as(what).isNotEmpty()
                .allSatisfy(s -> assertThat(s.attribution()).isEqualTo(expected));
    }
}
