// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/** How serious a finding or a case is, in increasing order. */
public enum Severity {
    /** なし: nothing found. */
    NONE("なし", "None"),
    /** 低: a signal worth a look, not harassment on its own. */
    LOW("低", "Low"),
    /** 中: harassment that calls for a warning. */
    MEDIUM("中", "Medium"),
    /** 高: harassment that calls for ending the contact or the organisation's intervention. */
    HIGH("高", "High"),
    /** 重大: criminal conduct; the police should be involved. */
    CRITICAL("重大", "Critical");

    private final String ja;
    private final String en;

    Severity(String ja, String en) {
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

    /**
     * The more serious of two severities.
     *
     * @param other the other severity
     * @return whichever is higher
     */
    public Severity max(Severity other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
