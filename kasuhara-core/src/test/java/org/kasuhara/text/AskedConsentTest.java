// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filming a customer asks permission for is not filming without consent; the same words as a statement stay one. */
class AskedConsentTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "撮らせてもら	FILMING	ja	写真を撮らせてもらうよ	test",
            "写真に撮	FILMING	ja	店員を写真に撮った	test",
            "take a photo	FILMING	en	I'm going to take a photo of you	test",
            "film this	FILMING	en	I'm going to film this	test"));

    private static boolean evidence(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER)).stream()
                .anyMatch(TextSignal::isEvidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "証拠として、ラベルだけ写真に撮らせてもらってもいいですか。店員さんのお顔は映しませんので。",
        "箱の傷を写真に撮ってもよろしいでしょうか。",
        "May I take a photo of the label for my records?",
        "Is it OK if I film this screen so I can show my husband?"})
    void aPermissionQuestionIsNoEvidence(String text) {
        assertThat(ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER))).isNotEmpty();
        assertThat(evidence(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "勝手に写真を撮らせてもらうからな。",
        "お前の顔を写真に撮ったぞ。",
        "I'm going to take a photo of you whether you like it or not.",
        "I can film this all I want.",
        "May I remind you I will film this.",
        "What else can I do but film this"})
    void theSameWordsAsAStatementStayEvidence(String text) {
        assertThat(evidence(text)).isTrue();
    }

    @Test
    void aQuestionInTheNextSentenceDoesNotCount() {
        assertThat(evidence("お前の顔を写真に撮った。いいですか、これは証拠です。")).isTrue();
    }
}
