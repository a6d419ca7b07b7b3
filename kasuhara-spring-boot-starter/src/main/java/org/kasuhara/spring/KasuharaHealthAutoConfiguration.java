// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.time.Clock;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.spring.internal.KasuharaHealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health component {@code kasuhara}: rule set and version, last reload and rejection, store reachable.
 * Off with {@code management.health.kasuhara.enabled=false}.
 */
@AutoConfiguration(after = {KasuharaAutoConfiguration.class, KasuharaStoreAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(TriageEngine.class)
@ConditionalOnEnabledHealthIndicator("kasuhara")
public class KasuharaHealthAutoConfiguration {

    /** Creates the configuration (Spring does). */
    public KasuharaHealthAutoConfiguration() {
    }

    /**
     * @param engine     the engine
     * @param store      the case store, if any
     * @param properties the settings (the zone of "today")
     * @return the health indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "kasuharaHealthIndicator")
    public HealthIndicator kasuharaHealthIndicator(TriageEngine engine, ObjectProvider<CaseStore> store,
            KasuharaProperties properties) {
        return new KasuharaHealthIndicator(engine, store.getIfUnique(), Clock.system(properties.zoneId()));
    }
}
