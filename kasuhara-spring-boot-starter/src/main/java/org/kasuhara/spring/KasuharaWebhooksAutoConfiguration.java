// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.util.Locale;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cases.store.jdbc.JdbcWebhookOutbox;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Outbound webhooks of the case store's lifecycle, when {@code kasuhara.webhooks.url} is set: the delivery log in the
 * store's database and the {@link WebhookDispatcher} that sends it, stopped with the context (before the store).
 * Settings: {@code kasuhara.webhooks.url}, {@code .secret}, {@code .events}, {@code .timeout-seconds},
 * {@code .max-attempts}, {@code .concurrency} (as {@link WebhookConfig#fromSettings}); a bad one stops the start with
 * a message naming it.
 */
@AutoConfiguration(after = KasuharaStoreAutoConfiguration.class)
@ConditionalOnClass(JdbcCaseStore.class)
@ConditionalOnProperty(prefix = "kasuhara.webhooks", name = "url")
@ConditionalOnBean(CaseStore.class)
public class KasuharaWebhooksAutoConfiguration {
    private static final String PREFIX = "kasuhara.webhooks.";

    /** Creates the configuration (Spring does). */
    public KasuharaWebhooksAutoConfiguration() {
    }

    /**
     * @param environment the application's settings
     * @return the webhooks' configuration
     * @throws IllegalArgumentException naming the setting when one is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookConfig kasuharaWebhookConfig(Environment environment) {
        return WebhookConfig.fromSettings(key -> {
            String kebab = key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            String value = environment.getProperty(PREFIX + kebab);
            return value != null ? value : environment.getProperty(PREFIX + key);
        });
    }

    /**
     * @param store the store
     * @return its delivery log: in its database for the JDBC store, in memory for another store
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookOutbox kasuharaWebhookOutbox(CaseStore store) {
        return store instanceof JdbcCaseStore jdbc ? JdbcWebhookOutbox.of(jdbc) : WebhookOutbox.inMemory(store);
    }

    /**
     * @param store  the store
     * @param outbox its delivery log
     * @param config endpoints, timeouts and retries
     * @return the running dispatcher, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public WebhookDispatcher kasuharaWebhookDispatcher(CaseStore store, WebhookOutbox outbox, WebhookConfig config) {
        return WebhookDispatcher.start(store, outbox, config);
    }
}
