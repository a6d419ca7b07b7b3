// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.util.HashMap;
import java.util.Map;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.spring.internal.CounterServlets;
import org.kasuhara.web.KasuharaWeb;
import org.kasuhara.web.Organisations;
import org.kasuhara.web.WebSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * The web counter (reception form, JSON API, staff dashboard, leaflet) in the application's own servlet container,
 * under {@code kasuhara.web.path} ({@code /kasuhara}). Only with {@code kasuhara.web.enabled=true}, a servlet web
 * application, {@code kasuhara-adapter-web} on the class path and a case store.
 */
@AutoConfiguration(after = {KasuharaAutoConfiguration.class, KasuharaStoreAutoConfiguration.class,
        KasuharaWebhooksAutoConfiguration.class})
@ConditionalOnClass(KasuharaWeb.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "kasuhara.web", name = "enabled", havingValue = "true")
@ConditionalOnBean({TriageEngine.class, CaseStore.class})
public class KasuharaWebAutoConfiguration {

    /** Creates the configuration (Spring does). */
    public KasuharaWebAutoConfiguration() {
    }

    /**
     * @param store         the store
     * @param engine        the engine
     * @param properties    the settings
     * @param organisations the application's organisations, if it defines them as a bean
     * @param webhooks      the webhook delivery log, shown at {@code /api/v1/webhooks/deliveries} when there is one
     * @return the counter
     * @throws IllegalArgumentException when a setting or the organisations file is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public KasuharaWeb kasuharaWeb(CaseStore store, TriageEngine engine, KasuharaProperties properties,
            ObjectProvider<Organisations> organisations,
            ObjectProvider<org.kasuhara.cases.webhooks.spi.WebhookOutbox> webhooks) {
        KasuharaWeb.Builder builder = KasuharaWeb.builder().store(store).engine(engine)
                .settings(settings(properties));
        organisations.ifUnique(builder::organisations);
        webhooks.ifUnique(builder::webhooks);
        return builder.build();
    }

    /**
     * @param web        the counter
     * @param properties the settings (the mount path)
     * @return the registration of the servlets and filters in the application's container
     */
    @Bean
    @ConditionalOnMissingBean(name = "kasuharaServlets")
    public ServletContextInitializer kasuharaServlets(KasuharaWeb web, KasuharaProperties properties) {
        return new CounterServlets(web, properties.web().path());
    }

    private static WebSettings settings(KasuharaProperties properties) {
        KasuharaProperties.Web web = properties.web();
        Map<String, String> values = new HashMap<>();
        web.settings().forEach((key, value) -> values.put(WebSettings.PREFIX + key, value));
        values.putIfAbsent(WebSettings.PREFIX + "zone", properties.zone());
        if (!web.staffKey().isEmpty()) {
            values.put(WebSettings.PREFIX + "staffKey", String.join(",", web.staffKey()));
        }
        web.apiKeys().forEach((org, hashes) -> values.put(WebSettings.PREFIX + "apiKey." + org,
                String.join(",", hashes)));
        if (web.organisations() != null) {
            values.put(WebSettings.PREFIX + "organisations", web.organisations().toString());
        }
        return WebSettings.of(values);
    }
}
