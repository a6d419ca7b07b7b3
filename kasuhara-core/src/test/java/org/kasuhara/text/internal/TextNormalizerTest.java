// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ＢＡＫＡ, baka",
        "IDIOT, idiot",
        "IDIÖT, idiot",
        "ﾊﾞｶ, ばか",
        "バカ, ばか",
        "ばか, ばか",
        "死ねーーー, 死ね",
        "ばーか, ばか",
        "死ね〜〜, 死ね",
        "死ね～～, 死ね",
        "死ねｰｰ, 死ね",
        "死ねねねね, 死ね",
        "ぶっっっ殺す, ぶっ殺す",
        "ここ, ここ",
        "たたく, たたく",
        "'死 ね', 死ね",
        "'kill   you', kill you",
        "don’t, don't",
    })
    void foldsSpellingVariantsToOneForm(String input, String expected) {
        assertThat(TextNormalizer.normalize(input).text()).isEqualTo(expected);
    }

    @Test
    void combiningVoicingMarkComposesWithItsKana() {
        assertThat(TextNormalizer.normalize("ハ\u3099カ").text()).isEqualTo("ばか");
    }

    @Test
    void zeroWidthCharactersUsedToDodgeFiltersAreDropped() {
        assertThat(TextNormalizer.normalize("死\u200Bね").text()).isEqualTo("死ね");
    }

    @Test
    void lineBreaksSurviveAsOneLineBreak() {
        assertThat(TextNormalizer.normalize("ok.\r\n\r\nnext").text()).isEqualTo("ok.\nnext");
    }

    @Test
    void elongationMarkAfterLatinTextIsKept() {
        assertThat(TextNormalizer.normalize("about ~100 yen").text()).isEqualTo("about ~100 yen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"😡ﾊﾞｶ！", "👨‍👩‍👧 ハ\u3099カ", "Ｅ\u0301ＢＡＫＡ", "死ねーーーねねね", "㍻の ﬁle 𠮷野家", "a\u0301\u0302b"})
    void everyNormalisedCharacterMapsToAWholeSpanOfTheOriginal(String original) {
        NormalizedText normalized = TextNormalizer.normalize(original);
        for (int i = 0; i < normalized.text().length(); i++) {
            int start = normalized.originalStart(i);
            int end = normalized.originalEnd(i + 1);
            assertThat(start).isBetween(0, end - 1);
            assertThat(end).isLessThanOrEqualTo(original.length());
            assertThat(Character.isLowSurrogate(original.charAt(start))).as("starts inside a surrogate pair").isFalse();
            assertThat(end == original.length() || !Character.isLowSurrogate(original.charAt(end)))
                    .as("ends inside a surrogate pair").isTrue();
        }
    }

    @Test
    void collapsedRunMapsToTheWholeRun() {
        NormalizedText normalized = TextNormalizer.normalize("死ねねねね!");
        assertThat(normalized.text()).isEqualTo("死ね!");
        assertThat(normalized.originalEnd(2)).isEqualTo(5);
    }
}
