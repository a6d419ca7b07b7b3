// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who wrote a text on a customer's channel that a member of staff logged. */
class NarrativeVoiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"客が担当者に『返金しろ』と送信", "男性が窓口で『ふざけるな』と送信してきた。",
            "Customer asked for a refund, then wrote: idiots.", "お客様より『殺すぞ』とのチャット。",
            "男性が来店し、私が対応したところ『殺すぞ』と怒鳴られた。", "男性が『俺の母が世話になっとるのに』と怒鳴った。",
            "男性が来店。Customer then wrote: idiots."})
    void aNoteNamingTheCustomerInTheThirdPersonIsStaffs(String text) {
        assertThat(NarrativeVoice.isStaffNote(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"いつも母がお世話になっております。隣の部屋の男性が廊下で『殺すぞ』と言っているのを聞きました。",
            "主人が店の前で、男性が店員さんに怒鳴っているのを見ました。", "店員さんに『バカ』と言われました。",
            "I was told by your clerk that I was an idiot."})
    void theCustomersOwnMessageIsTheirsEvenWhenItNamesSomeoneElse(String text) {
        assertThat(NarrativeVoice.isStaffNote(text)).isFalse();
    }
}
