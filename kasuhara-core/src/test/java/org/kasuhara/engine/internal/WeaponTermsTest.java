// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeaponTermsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "カッターナイフを出して刃を見せた|ナイフ",
        "果物ナイフを看護師に向けた（凶器）|ナイフ",
        "包丁をカウンターに置いた|包丁",
        "Open box cutter placed on counter|box cutter",
        "showed a kitchen knife in an open backpack|knife",
        "Hammer placed and tapped on counter|hammer",
        "waved two KNIVES at the queue|knives",
        "said nothing, then showed a blade|blade",
        // a negation elsewhere in the clause or inside a quotation does not deny the weapon
        "包丁を取り出し「返金しないならただじゃ済まない」と言った。|包丁",
        "ナイフを振り回して手がつけられない|ナイフ",
        "He had no ID but showed a knife in his bag.|knife",
        "He would not leave and drew a knife|knife",
        "ガソリンを撒くぞと言い、ライターを取り出した|ガソリン",
        "threatened to light the petrol he had poured on the mat|petrol"})
    void namesTheWeaponOfANote(String note, String weapon) {
        assertThat(WeaponTerms.find(note)).isEqualTo(weapon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"凶器なし", "刃物は持っていなかった", "ナイフは見当たらず、大声のみ", "no weapon seen",
        "did not show a knife", "shouted without a weapon", "raised his voice twice; no weapon or knife seen",
        "had begun shouting", "batted the leaflets off the desk", "bathroom door slammed", "大声で三回怒鳴った",
        // a weapon word that is not a weapon had, shown or used
        "灯油の配達が二日遅れたことについて窓口で抗議。", "鎌倉店で買った商品の返品を希望。", "他の客の会話に口をはさみ、大声を出した。",
        "刃物売り場の前で店員を呼び止め、説明を求めた。", "包丁研ぎサービスの仕上がりに不満。", "カッターシャツの裾を掴んで抗議した。",
        "灯油の件で何度も電話をかけてきた。", "Customer complained the petrol pump overcharged him.",
        "Returned a razor that broke after one use.", "Customer asked for scissors to open the blister pack.",
        "Complained the wiper blade we fitted was noisy.", "刃物なし、怒声のみ", "ナイフ等は確認されなかった",
        "取り出したのは財布で、刃物は持っていなかった", "never pulled a knife", "was not carrying a weapon"})
    void namesNoneWhereTheNoteDeniesOrHasNone(String note) {
        assertThat(WeaponTerms.find(note)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aLongNoteOfDenialsNamesNoneAndAWeaponAtItsEndIsFound() {
        // every look is bounded: before, each occurrence scanned to the clause's end (minutes on such a note)
        String denied = "刃物なし".repeat(40_000) + " no knife seen ".repeat(20_000);
        assertThat(WeaponTerms.find(denied)).isNull();
        assertThat(WeaponTerms.find(denied + "。ナイフを取り出した")).isEqualTo("ナイフ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankOrMissingNotesNameNone(String note) {
        assertThat(WeaponTerms.find(note)).isNull();
        assertThat(WeaponTerms.find(null)).isNull();
    }
}
