// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An insult the speaker applies to themself is self-reproach: reported with target SELF, never evidence. */
class SelfReproachTest {

    private static List<TextSignal> insults(String text) {
        return TestLexicon.ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER)).stream()
                .filter(s -> s.category() == SignalCategory.INSULT).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"私がバカでした。よく読まずに申し込んでしまいました。", "俺って本当にバカだな、番号を間違えた。",
            "自分の馬鹿さ加減に呆れています。", "I was such an idiot, I ordered the wrong size.",
            "I'm an idiot for not reading the terms.", "Your agent made me feel like an idiot.", "I must be an idiot.",
            "私ほんとバカで😭 パスワードまた忘れました。", "俺マジでバカだな、また番号を間違えた。",
            "うちほんまバカやから、解約したつもりで放っといてん。", "俺ガチでバカやった、住所書き間違えとった。"})
    void selfReproachIsNoEvidence(String text) {
        assertThat(insults(text)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.target()).isEqualTo(Target.SELF);
            assertThat(s.isEvidence()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"このバカ店員が。", "俺はバカ店員が大嫌いだ。", "俺は客だぞ、バカ。", "俺の金返せ、バカ。",
            "I feel like idiots run this store.", "I'll do it myself idiot.", "お前ほんまバカやな。",
            "私はお前みたいなバカが大嫌いだ。", "私の担当者はバカだ。", "You are an idiot.",
            "I think you're an idiot.", "I am sure your clerk is an idiot.", "あんたがこわいのはバカやからや。",
            "こんなん価値にあたいせんわ、バカ。"})
    void anInsultAimedAtSomeoneElseStaysEvidence(String text) {
        assertThat(insults(text)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.target()).isNotEqualTo(Target.SELF);
            assertThat(s.isEvidence()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"私がポンコツですみません。今度はキャプスロックでした、バカすぎる😂",
            "俺がバカでした。ほんまにバカじゃ。", "Caps lock again, my bad. バカすぎる、私。",
            "私の説明が下手ですみません、バカすぎて何度も聞いてしまって。",
            // katakana in a self-blame phrase (「ミス」): the text is read in hiragana, and so are the phrases
            "私のミスです、番号を間違えました。バカすぎる。", "自分のミスでした😂 ほんとバカすぎ。"})
    void anInsultWithNoTargetContinuesTheSelfReproachBeforeIt(String text) {
        assertThat(insults(text)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.target()).isEqualTo(Target.SELF);
            assertThat(s.isEvidence()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"自分のバカ治してから人に説教したら？", "自分の頭のバカさ加減を棚に上げて、自分のバカ店員を庇うな",
            "まず自分のバカ面なんとかしてから来い"})
    void aFirstPersonWordBeforeAnInsultThatGoesOnToSomeoneElseIsNoSelfReproach(String text) {
        // 「自分の〜」 told to the listener: the insult is followed by more words aimed at them, not by a copula
        assertThat(insults(text)).anySatisfy(s -> assertThat(s.isEvidence()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"私ってほんとバカ。", "わしがバカとるけん", "私がバカみたい", "俺ってバカっぽい", "自分がバカやった", "私の頭がバカなので",
        "おらが馬鹿だったんだべ", "あたいってほんとバカやけん"})
    void anInsultSaidOfOneselfMayEndTheClauseOrTakeADialectEnding(String text) {
        assertThat(insults(text)).isNotEmpty().allSatisfy(s -> assertThat(s.target()).isEqualTo(Target.SELF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"私のミスです。でもお前はバカだ。", "私がバカでした。お前もバカだな。",
            "バカすぎる。何回説明させるんだ。", "お前ほんとバカだな。", "私の荷物が届かないのはお前らがバカだからだ。"})
    void anInsultNamingAnotherPersonOrWithNoSelfReproachStaysEvidence(String text) {
        assertThat(insults(text)).anySatisfy(s -> assertThat(s.isEvidence()).isTrue());
    }

    @Test
    void anInsultBeforeTheSelfReproachIsNotPartOfIt() {
        List<TextSignal> found = insults("まあ、そんなバカじゃ仕方ないか。期待した私がバカでした。");

        assertThat(found).hasSize(2);
        assertThat(found.get(0).isEvidence()).isTrue(); // aimed at the listener
        assertThat(found.get(1).target()).isEqualTo(Target.SELF);
    }
}
