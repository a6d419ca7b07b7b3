// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "領収書（合計八万四千三百円）, 領収書（合計84300円）",
        "治療費一万二千六百円, 治療費12600円",
        "3万2千円です, 32000円です",
        "百円ショップ, 100円ショップ",
        "十万円, 100000円",
        "二億五千万円, 250000000円",
        "一度だけ, 一度だけ",
        "12800円, 12800円",
        "千円と五百円, 1000円と500円"})
    void sumsInKanjiBecomeDigitsAndOtherTextStays(String text, String folded) {
        assertThat(KanjiNumerals.fold(text)).isEqualTo(folded);
    }
}
