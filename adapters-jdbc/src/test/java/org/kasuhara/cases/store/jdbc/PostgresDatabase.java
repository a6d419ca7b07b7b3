package org.kasuhara.cases.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL server the tests use, named by {@value #URL_VARIABLE} (e.g.
 * {@code jdbc:postgresql://localhost:54329/postgres?user=postgres}), which {@code .ci/run} starts and sets. Each
 * store gets a schema of its own. Without the variable the tests are skipped on a developer's machine and fail in CI
 * ({@code CI} set), so CI can never pass without PostgreSQL.
 */
final class PostgresDatabase {
    static final String URL_VARIABLE = "KASUHARA_TEST_POSTGRES_URL";

    private PostgresDatabase() {
    }

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail(URL_VARIABLE + " is not set: CI must test the store on a real PostgreSQL (see .ci/postgres)");
            }
            Assumptions.abort(URL_VARIABLE + " not set: start one with `.ci/postgres` and export what it prints");
        }
        return url;
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
