// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.spring.app.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on an application's H2 data source (Spring Boot's pool, Kasuhara's migrations beside the host's table). */
@SpringBootTest(classes = TestApplication.class)
class H2StoreTest extends StoreOnTheApplicationsDataSourceContract {
    @TempDir
    static Path rules;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kasuhara.rules", () -> TestCases.ruleFolder(rules).toString());
        // INIT runs on each new connection of the pool, hence IF NOT EXISTS and MERGE
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:h2-store-test;DB_CLOSE_DELAY=-1;INIT="
                + "CREATE TABLE IF NOT EXISTS helpdesk_ticket (id INT PRIMARY KEY, subject VARCHAR(200))\\;"
                + "MERGE INTO helpdesk_ticket KEY(id) VALUES (1, 'printer')");
    }
}
