// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck.webhooks;

import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;

/** The in-memory log over the in-memory store passes the contract; a restart keeps both, as they are. */
class InMemoryWebhookOutboxTest extends WebhookOutboxContractTest {
    @Override
    protected CaseStore openStore(StoreOptions options) {
        return CaseStore.inMemory(options);
    }

    @Override
    protected CaseStore reopen(CaseStore current, StoreOptions options) {
        return current;
    }

    @Override
    protected WebhookOutbox openOutbox(CaseStore store) {
        return WebhookOutbox.inMemory(store);
    }

    @Override
    protected WebhookOutbox reopenOutbox(WebhookOutbox current, CaseStore store) {
        return current;
    }
}
