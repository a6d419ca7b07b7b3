// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cases.store.jdbc.JdbcWebhookOutbox;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;

/**
 * The webhooks of {@code kasuhara serve}: {@code kasuhara.webhooks.*} in the settings file ({@code url},
 * {@code secret}, {@code events}, {@code timeoutSeconds}, {@code maxAttempts}, {@code concurrency}), each replaced by
 * its variable ({@code KASUHARA_WEBHOOKS_URL}, {@code KASUHARA_WEBHOOKS_SECRET}, …), and {@code url} and
 * {@code events} by the command's options. The secret is never an option: command lines show in process lists.
 */
final class ServeWebhooks {
    static final String PREFIX = "kasuhara.webhooks.";
    static final List<String> KEYS = List.of("url", "secret", "events", "timeoutSeconds", "maxAttempts",
            "concurrency");

    private ServeWebhooks() {
    }

    /**
     * @param file     the settings file's properties
     * @param variable a variable's value by name, {@code null} when unset
     * @param url      the {@code --webhook-url} option, or {@code null}
     * @param events   the {@code --webhook-events} option, or {@code null}
     * @return the configuration; no endpoints when no URL is set
     * @throws IllegalArgumentException naming the setting when one is invalid
     */
    static WebhookConfig config(Properties file, UnaryOperator<String> variable, String url, String events) {
        return WebhookConfig.fromSettings(key -> {
            if (key.equals("url") && url != null && !url.isBlank()) {
                return url;
            }
            if (key.equals("events") && events != null && !events.isBlank()) {
                return events;
            }
            String value = variable.apply(EnvironmentSettings.variable("webhooks." + key));
            return value != null && !value.isBlank() ? value : file.getProperty(PREFIX + key);
        });
    }

    /**
     * @param store the open store
     * @return the delivery log in the store's database (a JDBC store), or in memory for any other store
     */
    static WebhookOutbox outbox(CaseStore store) {
        return store instanceof JdbcCaseStore jdbc ? JdbcWebhookOutbox.of(jdbc) : WebhookOutbox.inMemory(store);
    }
}
