// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.model.Verdict;
import org.kasuhara.spring.app.TestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A case stored before a crash, never assessed, is assessed when the application starts again. */
class PendingAssessmentsTest {
    @TempDir
    Path rules;

    @Test
    void aCaseLeftUnassessedIsAssessedOnStart() {
        String url = "jdbc:h2:mem:pending-assessments;DB_CLOSE_DELAY=-1";
        JdbcDataSource before = new JdbcDataSource();
        before.setURL(url);
        before.setUser("sa");   // the user Spring Boot connects as
        String receipt;
        try (JdbcCaseStore crashed = JdbcCaseStore.create(before, StoreOptions.defaults())) {
            receipt = crashed.intake(TestCases.callOf("C-PENDING", 75)).number();
        }

        SpringApplication application = new SpringApplication(TestApplication.class);
        try (ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--kasuhara.rules=" + TestCases.ruleFolder(rules))) {
            CaseStore store = context.getBean(CaseStore.class);
            assertThat(store.find(receipt).orElseThrow().latestAssessment()).hasValueSatisfying(
                    entry -> assertThat(entry.assessment().verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT));
        }
    }
}
