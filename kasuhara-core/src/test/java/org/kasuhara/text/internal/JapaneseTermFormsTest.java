// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms generated for Japanese lexicon terms when a lexicon is built. */
class JapaneseTermFormsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"殺す, 殺さない", "殺す, 殺され", "殺す, 殺させ", "殺す, 殺します", "殺す, 殺して", "殺す, 殺した",
        "殺す, 殺せ", "殺す, 殺そう", "殺す, 殺しに", "殴る, 殴って", "死ぬ, 死んで", "書く, 書いて", "行く, 行って",
        "泳ぐ, 泳いで", "払う, 払わない", "払う, 払って", "投げる, 投げられ", "投げる, 投げさせ", "投げる, 投げます",
        "投げる, 投げろ", "投げる, 投げよう", "拡散する, 拡散され", "拡散する, 拡散しろ", "拡散する, 拡散します",
        "拡散する, 拡散させ", "頭が悪い, 頭が悪く", "頭が悪い, 頭が悪かっ", "頭が悪い, 頭が悪すぎ",
        "殺してやる, 殺してやろう", "殺してやる, 殺してやります", "帰らない, 帰らなかっ", "戻って来る, 戻って来ない"})
    void aDictionaryFormTermStandsForEveryFormOfItsLastWord(String term, String form) {
        assertThat(JapaneseTermForms.texts(term)).contains(form);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"黙れ, 黙りなさい", "黙れ, 黙ってろ", "黙れ, 黙りやがれ", "消えろ, 消えなさい", "消えろ, 消えてくれ",
        "土下座しろ, 土下座しなさい", "土下座しろ, 土下座してください", "土下座しろ, 土下座せえ",
        "クビにしろ, くびにしないと", "死ね, 死になさい", "謝れ, 謝りなさい", "謝れ, 謝らなければ"})
    void anImperativeTermStandsForTheImperativesAndDemands(String term, String form) {
        assertThat(JapaneseTermForms.texts(term)).contains(form);
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @CsvSource({"消えろ, 消えた", "消えろ, 消えて", "黙れ, 黙って", "黙れ, 黙った", "刺す, 刺さっ", "殺すぞ, 殺さない"})
    void otherWordsAndFormsAreNotGenerated(String term, String form) {
        assertThat(JapaneseTermForms.texts(term)).doesNotContain(form);
    }

    @Test
    void stemsParticlesAndNounsAreMatchedAsWritten() {
        assertThat(JapaneseTermForms.texts("殴られ")).containsExactly("殴られ");
        assertThat(JapaneseTermForms.texts("殺すぞ")).containsExactly("殺すぞ");
        assertThat(JapaneseTermForms.texts("物を投げ")).containsExactly("物を投げ");
        assertThat(JapaneseTermForms.texts("馬鹿")).containsExactly("馬鹿");
    }

    @Test
    void aFormReportsTheVerbAndOnlyLooksAtWhatFollows() {
        List<SurfaceForm> forms = JapaneseTermForms.of("殺す");
        assertThat(forms).contains(new SurfaceForm("殺さない", 2), new SurfaceForm("殺します", 2),
                new SurfaceForm("殺す", 2), new SurfaceForm("殺そう", 3));
        assertThat(forms.get(0)).isEqualTo(SurfaceForm.whole("殺す"));
    }

    @Test
    void formsAreNormalisedLikeTexts() {
        assertThat(JapaneseTermForms.texts("クビにしろ")).first().isEqualTo("くびにしろ");
    }
}
