// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.KasuharaMeters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The triage engine: on the rule folder {@code kasuhara.rules}, watched and reloaded on change, or on the default
 * rules. A rule set that does not compile stops the application with the file and line of each error. With a
 * {@link MeterRegistry} or {@link ObservationRegistry} bean (Actuator), every assessment is counted, timed and
 * observed, and every rule reload counted and observed ({@link KasuharaMeters},
 * {@link org.kasuhara.micrometer.KasuharaObservation}).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@EnableConfigurationProperties(KasuharaProperties.class)
public class KasuharaAutoConfiguration {

    /** Creates the configuration (Spring does). */
    public KasuharaAutoConfiguration() {
    }

    /**
     * @param properties   the settings
     * @param meters       the application's meter registry, if any
     * @param observations the application's observation registry, if any
     * @return the engine, a {@code ReloadingTriageEngine} closed with the context when a rule folder is set
     * @throws org.kasuhara.engine.RuleSetException when the rule set does not compile or validate
     */
    @Bean
    @ConditionalOnMissingBean
    public TriageEngine kasuharaTriageEngine(KasuharaProperties properties, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ObservationRegistry> observations) {
        TriageEngine engine = properties.rules() == null ? TriageEngine.builder().build()
                : TriageEngine.builder().rules(RuleSource.directory(properties.rules()))
                        .reloadQuietPeriod(properties.reloadQuietPeriod()).buildWatching();
        if (!properties.metrics().enabled()) {
            return engine;
        }
        MeterRegistry registry = meters.getIfUnique();
        ObservationRegistry observationRegistry = observations.getIfUnique();
        if (registry == null && observationRegistry == null) {
            return engine;
        }
        return KasuharaMeters.instrument(engine, registry != null ? registry : new CompositeMeterRegistry(),
                observationRegistry != null ? observationRegistry : ObservationRegistry.NOOP);
    }
}
