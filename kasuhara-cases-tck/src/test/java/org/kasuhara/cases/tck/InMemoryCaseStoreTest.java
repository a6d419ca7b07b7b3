// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck;

import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;


/** The in-memory store passes the contract; it keeps nothing across a restart, so reopening keeps it open. */
class InMemoryCaseStoreTest extends CaseStoreContractTest {
    @Override
    protected CaseStore openStore(StoreOptions options) {
        return CaseStore.inMemory(options);
    }

    @Override
    protected CaseStore reopen(CaseStore current, StoreOptions options) {
        return current;
    }
}
