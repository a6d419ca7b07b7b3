// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A threat verb in the passive voice tells of being the victim (in a game, in fear) and threatens no one; wished on
 * the listener, put as a consequence or as a warning, it stays a threat.
 */
class PassiveVoiceTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "殺す	THREAT_TO_LIFE	ja	殺すからな	test",
            "刺す	THREAT_TO_LIFE	ja	刺すぞ	test",
            "後をつけ	THREAT_TO_LIFE	ja	後をつけてきた	test"));

    private static List<TextSignal> threats(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER)).stream()
                .filter(s -> s.category() == SignalCategory.THREAT_TO_LIFE).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "顧客：ホラゲーのラスボスに殺される直前で毎回落ちるんやけど😇",
        "顧客：もう十回は殺されかけてるのに、一回もちゃんと殺されへん笑",
        "顧客：あの夜は本当に殺されるかと思いました。",
        "顧客：ゲームの中で三回も刺された。",
        "顧客：あの時は本当に殺されそうで怖かった。"})
    void thePassiveOfTheVictimIsNoThreat(String text) {
        assertThat(threats(text)).isNotEmpty().allSatisfy(s -> assertThat(s.negated()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "顧客：お前、殺されるぞ。",
        "顧客：そんな態度やと殺されるで。",
        "顧客：夜道で刺されても知らんぞ。",
        "顧客：あんた、殺されたいんか。",
        "顧客：お前、殺されてえのか。",
        "顧客：お前なんか殺されろ。",
        "顧客：そのうち殺されるからな。",
        "顧客：殺されたって知らねえぞ。",
        "顧客：殺すぞ。"})
    void thePassiveAimedAtTheListenerStaysAThreat(String text) {
        assertThat(threats(text)).isNotEmpty().allSatisfy(s -> assertThat(s.negated()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"顧客：ラスボスに殺される直前で毎回落ちる\n担当：ご迷惑をおかけしております。",
        "Customer: ラスボスに三回も刺された笑"})
    void aCustomersLineInAStaffNotesTranscriptIsTheCustomersVoice(String text) {
        assertThat(ANALYZER.analyze(new TextInput(0, text, null, Speaker.STAFF_NARRATIVE)).stream()
                .filter(s -> s.category() == SignalCategory.THREAT_TO_LIFE)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.negated()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"退勤後、駅まで客に後をつけられ、殺されるかと思った。", "客に刺されそうになった。",
        "担当：駅まで後をつけられた。"})
    void aStaffNotesPassiveTellsWhatTheCustomerDid(String text) {
        assertThat(ANALYZER.analyze(new TextInput(0, text, null, Speaker.STAFF_NARRATIVE)).stream()
                .filter(s -> s.category() == SignalCategory.THREAT_TO_LIFE)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.negated()).isFalse());
    }
}
