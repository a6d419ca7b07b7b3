// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.tck.webhooks.WebhookOutboxContractTest;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.postgresql.ds.PGSimpleDataSource;

/** The delivery log on a real PostgreSQL server passes the same contract (schema per test). */
class PostgresWebhookOutboxTest extends WebhookOutboxContractTest {
    private PGSimpleDataSource dataSource;
    private org.h2.jdbcx.JdbcConnectionPool pool;

    @Override
    protected CaseStore openStore(StoreOptions options) {
        if (dataSource == null) {
            dataSource = PostgresDatabase.freshSchema();
            pool = PostgresDatabase.pool(dataSource);
        }
        return JdbcCaseStore.create(pool, options);
    }

    @Override
    protected WebhookOutbox openOutbox(CaseStore store) {
        return JdbcWebhookOutbox.of((JdbcCaseStore) store);
    }

    @AfterEach
    void dropSchema() {
        stopTheReceiver();
        if (dataSource != null) {
            store.close();
            pool.dispose();
            PostgresDatabase.drop(dataSource);
        }
    }
}
