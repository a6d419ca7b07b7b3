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
        "said nothing, then showed a blade|blade"})
    void namesTheWeaponOfANote(String note, String weapon) {
        assertThat(WeaponTerms.find(note)).isEqualTo(weapon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"凶器なし", "刃物は持っていなかった", "ナイフは見当たらず、大声のみ", "no weapon seen",
        "did not show a knife", "shouted without a weapon", "raised his voice twice; no weapon or knife seen",
        "had begun shouting", "batted the leaflets off the desk", "bathroom door slammed", "大声で三回怒鳴った"})
    void namesNoneWhereTheNoteDeniesOrHasNone(String note) {
        assertThat(WeaponTerms.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankOrMissingNotesNameNone(String note) {
        assertThat(WeaponTerms.find(note)).isNull();
        assertThat(WeaponTerms.find(null)).isNull();
    }
}
