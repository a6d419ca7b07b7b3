// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * The second of MHLW's two axes: how valid the demand is (要求内容の妥当性, MHLW-2022 §B-2), read from the demand
 * findings and the established facts.
 */
public enum DemandAxis {
    /** A defect or fault was found and nothing demanded goes beyond it: 要求に妥当性あり. */
    VALID("妥当", "valid"),
    /** The facts are not established and nothing demanded is in question: 事実確認中. */
    UNKNOWN("事実確認中", "facts not established"),
    /** Something demanded needs a person's look (a written apology, an amount whose loss is unknown): 要確認. */
    DOUBTFUL("要確認", "needs a look"),
    /** A gain without a defect found, or unrelated to the goods or service: 妥当性を欠く. */
    LACKING("妥当性を欠く", "lacks validity"),
    /** Far beyond the loss (over the policy's ratio): 著しく妥当性を欠く. */
    GROSSLY_LACKING("著しく妥当性を欠く", "grossly lacks validity");

    private final String ja;
    private final String en;

    DemandAxis(String ja, String en) {
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
