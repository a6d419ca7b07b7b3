// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import javax.sql.DataSource;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.engine.TriageEngine;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The case store on the application's {@link DataSource} (H2 or PostgreSQL), its schema created or upgraded by
 * Kasuhara's own Flyway migrations (history table {@code kh_schema_history}) when the application starts; and the
 * {@link CaseIntake} that stores and assesses cases. Needs {@code kasuhara-adapter-jdbc}; off with
 * {@code kasuhara.store.enabled=false}.
 */
@AutoConfiguration(after = KasuharaAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(JdbcCaseStore.class)
@ConditionalOnProperty(prefix = "kasuhara.store", name = "enabled", matchIfMissing = true)
public class KasuharaStoreAutoConfiguration {

    /** Creates the configuration (Spring does). */
    public KasuharaStoreAutoConfiguration() {
    }

    /** @return the Japanese business-day calendar and the system clock */
    @Bean
    @ConditionalOnMissingBean
    public StoreOptions kasuharaStoreOptions() {
        return StoreOptions.defaults();
    }

    /**
     * @param dataSource the application's data source (not closed with the store)
     * @param options    calendar and clock
     * @return the open, migrated store, closed with the context
     * @throws org.kasuhara.cases.store.CaseStoreException when the database cannot be reached or migrated
     */
    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean
    public CaseStore kasuharaCaseStore(DataSource dataSource, StoreOptions options) {
        return JdbcCaseStore.create(dataSource, options);
    }

    /**
     * @param store  the store
     * @param engine the engine
     * @return the intake: store, then assess
     */
    @Bean
    @ConditionalOnBean({CaseStore.class, TriageEngine.class})
    @ConditionalOnMissingBean
    public CaseIntake kasuharaCaseIntake(CaseStore store, TriageEngine engine) {
        return new CaseIntake(store, engine);
    }

    /**
     * Assesses, once the application has started, the cases a crash or a failing rule left stored but unassessed (as
     * {@code kasuhara serve} does); off with {@code kasuhara.store.assess-pending-on-start=false}.
     *
     * @param intake the intake
     * @return the runner
     */
    @Bean
    @ConditionalOnBean(CaseIntake.class)
    @ConditionalOnProperty(prefix = "kasuhara.store", name = "assess-pending-on-start", matchIfMissing = true)
    @ConditionalOnMissingBean(name = "kasuharaPendingAssessments")
    public ApplicationRunner kasuharaPendingAssessments(CaseIntake intake) {
        return arguments -> intake.assessPending();
    }
}
