// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleCharFormsTest {
    @Test
    void tabulatedFormsAreThoseOfTheNormalizer() {
        int tabulated = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String form = SingleCharForms.of((char) c);
            if (form != null) {
                tabulated++;
                assertThat(form).as("U+%04X", c).isEqualTo(TextNormalizer.nfkcLower(String.valueOf((char) c)));
            }
        }
        assertThat(tabulated).isGreaterThan(1000);
        assertThat(SingleCharForms.of('：')).isEqualTo(":");
        assertThat(SingleCharForms.of('Ｂ')).isEqualTo("b");
        assertThat(SingleCharForms.of('a')).isNull();
    }

    @Test
    void normalisesPunctuationAsBefore() {
        NormalizedText text = TextNormalizer.normalize("【通話記録】担当：オペレーター（記録者）？ＢＡＫＡ");
        assertThat(text.text()).isEqualTo("【通話記録】担当:おぺれた(記録者)?baka");
    }
}
