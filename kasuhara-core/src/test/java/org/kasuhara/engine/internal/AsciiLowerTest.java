// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsciiLowerTest {
    @Test
    void lowersLatinCapitalsLikeToLowerCase() {
        for (String text : new String[] {"Met him at A CAFÉ on Main St.", "DEMENTIA", "ÀÉÎÕÜÞ", "Ünïcode Ökay"}) {
            assertThat(AsciiLower.of(text)).isEqualTo(text.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void leavesJapaneseFullWidthAndSignsAlone() {
        String japanese = "認知症の入居者様が「ＡＢＣ」と大声で";
        assertThat(AsciiLower.of(japanese)).isSameAs(japanese);
        assertThat(AsciiLower.of("5×3 = 15")).isEqualTo("5×3 = 15");
        assertThat(AsciiLower.of("")).isEmpty();
    }

    @Test
    void mixedTextLowersOnlyTheLatinPart() {
        assertThat(AsciiLower.of("店長のTANAKAさんがReceiptを")).isEqualTo("店長のtanakaさんがreceiptを");
    }

    @Test
    void containsAsTheLowerCasedTextWould() {
        String[] texts = {"Diagnosed with DEMENTIA last year", "認知症の入居者", "A Café, a CAFÉ", "BPSD", "bpsd",
            "Cognitive Impairment", "cognitive impairmen", "ÀLZHEIMER", "×÷", "", "Receipt: ¥4,980", "Dementi"};
        String[] terms = {"dementia", "認知症", "a café", "café", "bpsd", "cognitive impairment", "alzheimer",
            "àlzheimer", "×", "÷", "receipt", "", "Dementia", "é"};
        for (String text : texts) {
            for (String term : terms) {
                assertThat(AsciiLower.contains(text, term)).as("%s in %s", term, text)
                        .isEqualTo(AsciiLower.of(text).contains(term));
            }
        }
    }
}
