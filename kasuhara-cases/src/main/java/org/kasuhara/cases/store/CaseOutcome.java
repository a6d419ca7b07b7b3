// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/** How a handed-over case ended, after the counter service's seed (JHA-2024). */
public enum CaseOutcome {
    /** 断念: the person gave up. */
    GAVE_UP("断念", "gave up"),
    /** 警察へ通報: the person became violent or threatening and the police were called. */
    ESCALATED_TO_POLICE("警察へ通報", "escalated to police"),
    /** 申し立て: the person filed a complaint with the counter. */
    COMPLAINT_FILED("申し立て", "complaint filed");

    private final String ja;
    private final String en;

    CaseOutcome(String ja, String en) {
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
