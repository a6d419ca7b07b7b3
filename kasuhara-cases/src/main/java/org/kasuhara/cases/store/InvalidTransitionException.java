// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/** A lifecycle change that the case's current status does not allow; the message names the status. */
public final class InvalidTransitionException extends CaseStoreException {
    private static final long serialVersionUID = 1L;
    private final String receipt;
    private final CaseStatus status;

    /**
     * @param receipt the case's receipt number
     * @param status  its current status
     * @param change  what was asked, e.g. {@code "report"}
     * @param allowed the statuses in which the change is allowed
     */
    public InvalidTransitionException(String receipt, CaseStatus status, String change, String allowed) {
        super("case " + receipt + " is " + status + ": cannot " + change + " (only when " + allowed + ") / 案件 "
                + receipt + " は「" + status.labelJa() + "」のため変更できません");
        this.receipt = receipt;
        this.status = status;
    }

    /** @return the case's receipt number */
    public String receipt() {
        return receipt;
    }

    /** @return the status that forbade the change */
    public CaseStatus status() {
        return status;
    }
}
