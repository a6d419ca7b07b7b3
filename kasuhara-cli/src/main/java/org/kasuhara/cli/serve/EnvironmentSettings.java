// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.kasuhara.web.WebSettings;

/**
 * The web counter's settings from {@code KASUHARA_*} variables, for containers: each key's variable is its name in
 * upper snake case, {@code rateLimit.perMinute} → {@code KASUHARA_RATE_LIMIT_PER_MINUTE}, and an organisation's API
 * key hashes {@code apiKey.acme-foods} → {@code KASUHARA_API_KEY_ACME_FOODS}. A variable overrides the settings
 * file; a command-line option overrides both.
 */
final class EnvironmentSettings {
    /** The keys read from variables besides those of the command's options and the API keys. */
    static final List<String> KEYS = List.of("staffKey", "rateLimit.perMinute", "rateLimit.burst", "maxRequestBytes",
            "maxConnectionsPerClient", "maxConcurrentAssessments", "minRequestBytesPerSecond", "idleTimeoutMillis",
            "publicUrl", "zone",
            "trustedProxy", "trustedProxies", "leafletFont", "csrfSecret", "sessionSecret", "sessionSecretPrevious",
            "inbound.zendesk.signingSecrets");

    private final UnaryOperator<String> lookup;

    /** @param lookup a variable's value by name, {@code null} when unset */
    EnvironmentSettings(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    /** @return variables of the environment, or system properties of the same name (which win, as in picocli) */
    static EnvironmentSettings system() {
        return new EnvironmentSettings(name -> System.getProperty(name, System.getenv(name)));
    }

    /**
     * @param key a setting's key without {@link WebSettings#PREFIX}
     * @return the name of its variable
     */
    static String variable(String key) {
        String snake = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]", "_");
        return "KASUHARA_" + snake.toUpperCase(Locale.ROOT);
    }

    /**
     * Copies the set variables of these keys into the settings, replacing what a file gave.
     *
     * @param keys     the keys without {@link WebSettings#PREFIX}
     * @param settings the settings, keys with the prefix
     */
    void apply(List<String> keys, Properties settings) {
        for (String key : keys) {
            String value = lookup.apply(variable(key));
            if (value != null && !value.isBlank()) {
                settings.setProperty(WebSettings.PREFIX + key, value.strip());
            }
        }
    }
}
