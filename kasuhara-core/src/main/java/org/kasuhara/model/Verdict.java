// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/** The engine's pre-classification of a case. A person confirms it; the engine never decides alone. */
public enum Verdict {
    /** 正当なクレーム: a complaint the organisation must answer on its merits. */
    LEGITIMATE_COMPLAINT("正当なクレーム", "Legitimate complaint"),
    /** 要確認: signals that need a person's judgement in context. */
    NEEDS_REVIEW("要確認", "Needs review"),
    /** カスタマーハラスメント: the means or manner go beyond what is socially acceptable. */
    CUSTOMER_HARASSMENT("カスタマーハラスメント", "Customer harassment");

    private final String ja;
    private final String en;

    Verdict(String ja, String en) {
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
