// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.CaseStoreContractTest;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;
import org.postgresql.ds.PGSimpleDataSource;

/** The JDBC store on a real PostgreSQL server passes the same contract (schema per test). */
class PostgresCaseStoreTest extends CaseStoreContractTest {
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

    @AfterEach
    void dropSchema() {
        if (dataSource != null) {
            store.close();
            pool.dispose();
            PostgresDatabase.drop(dataSource);
        }
    }

    @Test
    void japaneseOriginalTextIsStoredAsUtf8Exactly() throws SQLException {
        String original = "{\"text\": \"責任者を出せ！𠮷野家で🍱が違う\\n改行も\"}\n";
        String receipt = store.intake(StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00"),
                original).number();

        assertThat(store.find(receipt).orElseThrow().originalText()).isEqualTo(original);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                     + "WHERE datname = current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("UTF8");
        }
    }
}
