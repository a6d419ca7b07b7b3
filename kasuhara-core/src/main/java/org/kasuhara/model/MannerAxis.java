// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * The first of MHLW's two axes: how the customer pursued the complaint (手段・態様, MHLW-2022 p.7), read from the
 * findings about conduct. A time or count line reached is not a manner by itself; it is an aggravating fact
 * ({@link Basis#timeOrCount()}).
 */
public enum MannerAxis {
    /** No finding about the manner: 態様に問題なし. */
    APPROPRIATE("問題なし", "appropriate"),
    /** Only low-severity signs (a statistical signal, one unclear remark): 態様に疑いあり. */
    DOUBTFUL("疑いあり", "doubtful"),
    /** Insults, intimidation, persistent conduct and the like (medium severity): 態様が不相当. */
    INAPPROPRIATE("不相当", "inappropriate"),
    /** Violence, threats to life, kneeling demands, attacks on a person (high or critical): 態様が著しく不相当. */
    SEVERE("著しく不相当", "severe");

    private final String ja;
    private final String en;

    MannerAxis(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** @return the Japanese label */
    public String labelJa() {
        return ja;
    }

    /** @return the English label */
    public String labelEn() {
        return en;
    }
}
