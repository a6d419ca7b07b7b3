// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.micrometer.KasuharaMeters;
import org.kasuhara.model.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What a host gets on its own data source, whatever the database: Kasuhara's tables migrated beside the host's,
 * cases stored and assessed, the store in the health component and the meters.
 * The context closes after each class, before its rule folder is deleted.
 */
@DirtiesContext
abstract class StoreOnTheApplicationsDataSourceContract {
    /** The host's own table, there before Kasuhara's migrations run. */
    static final String HOST_TABLE = "CREATE TABLE helpdesk_ticket (id INT PRIMARY KEY, subject VARCHAR(200)); "
            + "INSERT INTO helpdesk_ticket VALUES (1, 'printer')";
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthIndicator kasuharaHealthIndicator;

    @Test
    void theSchemaIsMigratedOnTheApplicationsDataSourceAndACaseIsStoredAndAssessed() {
        String receipt = intake.receive(TestCases.callOf("C-2026-0001", 75), null).receipt().number();

        StoredCase stored = store.find(receipt).orElseThrow();
        assertThat(stored.caseData().id()).isEqualTo("C-2026-0001");
        assertThat(stored.latestAssessment().orElseThrow().assessment().verdict())
                .isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        String migrations = "SELECT COUNT(*) FROM \"kh_schema_history\" WHERE \"success\" = TRUE";
        assertThat(jdbc.queryForObject(migrations, Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT subject FROM helpdesk_ticket WHERE id = 1", String.class))
                .isEqualTo("printer");
        assertThat(meters.get(KasuharaMeters.INTAKES).functionCounter().count()).isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.ASSESSMENTS).tag("verdict", "CUSTOMER_HARASSMENT").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void theHealthComponentShowsTheRuleSetAndTheStore() {
        Health health = kasuharaHealthIndicator.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("watching", true).containsKey("ruleSet");
        assertThat(health.getDetails().get("store")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("reachable", true);
    }
}
