// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.micrometer.KasuharaMeters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With a meter registry: the store's meters ({@code kasuhara.intakes}, {@code kasuhara.cases.due.today},
 * {@code kasuhara.cases.overdue}) when the application has a case store, and a call monitor's
 * ({@code kasuhara.calls.*}) when it has a {@link CallMonitor} bean; the engine's meters come with the engine bean
 * ({@link KasuharaAutoConfiguration}). Off with {@code kasuhara.metrics.enabled=false}.
 */
@AutoConfiguration(after = KasuharaStoreAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "kasuhara.metrics", name = "enabled", matchIfMissing = true)
public class KasuharaMetricsAutoConfiguration {

    /** Creates the configuration (Spring does). */
    public KasuharaMetricsAutoConfiguration() {
    }

    /**
     * @param store      the store
     * @param properties the settings (the zone of "today")
     * @return the binder, bound to every registry by Spring Boot
     */
    @Bean
    @ConditionalOnBean(CaseStore.class)
    @ConditionalOnMissingBean(name = "kasuharaCaseStoreMeters")
    public MeterBinder kasuharaCaseStoreMeters(CaseStore store, KasuharaProperties properties) {
        return KasuharaMeters.caseStore(store, Clock.system(properties.zoneId()));
    }

    /**
     * @param monitor the application's live call monitor
     * @return the binder of its alerts, events, anomalies and open calls
     */
    @Bean
    @ConditionalOnBean(CallMonitor.class)
    @ConditionalOnMissingBean(name = "kasuharaCallMonitorMeters")
    public MeterBinder kasuharaCallMonitorMeters(CallMonitor monitor) {
        return KasuharaMeters.callMonitor(monitor);
    }
}
