// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/**
 * Where a case is in the counter's lifecycle: received → assessed → reported to the organisation → closed.
 * Re-assessing keeps the status; a closed case never changes again except for the retention purge.
 */
public enum CaseStatus {
    /** 受付済み: stored, not yet assessed. */
    RECEIVED("受付済み", "received"),
    /** 判定済み: at least one assessment; the report to the organisation is still due. */
    ASSESSED("判定済み", "assessed"),
    /** 報告済み: reported to the person in charge at the organisation. */
    REPORTED("報告済み", "reported to organisation"),
    /** 終了: closed, with who closed it, when, and optionally the outcome. */
    CLOSED("終了", "closed");

    private final String ja;
    private final String en;

    CaseStatus(String ja, String en) {
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

    /** @return {@code true} while the report to the organisation is still to be made (received or assessed) */
    public boolean awaitsReport() {
        return this == RECEIVED || this == ASSESSED;
    }
}
