// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.tck.StoreFixtures;

/**
 * A host application's database already holds its own tables (a Spring Boot helpdesk's tickets): the store's
 * migrations run beside them, and the host's tables stay as they were.
 */
class SharedSchemaTest {

    @Test
    void theStoreMigratesASchemaThatAlreadyHoldsTheHostsTables() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:shared-schema;DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE helpdesk_ticket (id INT PRIMARY KEY, subject VARCHAR(200))");
            s.execute("INSERT INTO helpdesk_ticket VALUES (1, 'printer')");
        }

        try (JdbcCaseStore store = JdbcCaseStore.create(dataSource, StoreOptions.defaults())) {
            String receipt = store.intake(StoreFixtures.complaint("S-1", "acme-foods", "2026-11-20T10:00:00+09:00"))
                    .number();
            assertThat(store.find(receipt)).isPresent();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet tickets = s.executeQuery("SELECT subject FROM helpdesk_ticket WHERE id = 1")) {
            assertThat(tickets.next()).isTrue();
            assertThat(tickets.getString(1)).isEqualTo("printer");
        }
    }
}
