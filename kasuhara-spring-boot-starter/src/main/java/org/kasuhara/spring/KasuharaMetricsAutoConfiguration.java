package org.kasuhara.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.micrometer.KasuharaMeters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The store's meters ({@code kasuhara.intakes}, {@code kasuhara.cases.due.today}, {@code kasuhara.cases.overdue})
 * when the application has a meter registry and a case store; the engine's meters come with the engine bean
 * ({@link KasuharaAutoConfiguration}). Off with {@code kasuhara.metrics.enabled=false}.
 */
@AutoConfiguration(after = KasuharaStoreAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean({MeterRegistry.class, CaseStore.class})
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
    @ConditionalOnMissingBean(name = "kasuharaCaseStoreMeters")
    public MeterBinder kasuharaCaseStoreMeters(CaseStore store, KasuharaProperties properties) {
        return KasuharaMeters.caseStore(store, Clock.system(properties.zoneId()));
    }
}
