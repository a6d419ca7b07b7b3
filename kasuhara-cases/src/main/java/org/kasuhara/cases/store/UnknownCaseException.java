// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/** No case has the given receipt number. */
public final class UnknownCaseException extends CaseStoreException {
    private static final long serialVersionUID = 1L;
    private final String receipt;

    /** @param receipt the receipt number that was asked for */
    public UnknownCaseException(String receipt) {
        super("no case with receipt number " + receipt + " / 受付番号 " + receipt + " の案件はありません");
        this.receipt = receipt;
    }

    /** @return the receipt number that was asked for */
    public String receipt() {
        return receipt;
    }
}
