// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kasuhara.*} settings of a Spring Boot application.
 *
 * @param rules             the rule folder ({@code kasuhara.rules}), loaded and watched for changes; the default rules
 *                          when unset
 * @param reloadQuietPeriod how long the folder must stay unchanged before a reload ({@code 300ms})
 * @param zone              the counter's time zone for "today" in the due and overdue meters ({@code Asia/Tokyo})
 * @param store             the case store
 * @param web               the web counter
 * @param metrics           the meters and observations
 */
@ConfigurationProperties("kasuhara")
public record KasuharaProperties(Path rules, @DefaultValue("300ms") Duration reloadQuietPeriod,
        @DefaultValue("Asia/Tokyo") String zone, @DefaultValue Store store, @DefaultValue Web web,
        @DefaultValue Metrics metrics) {

    /** @return {@link #zone()} as a zone id */
    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /**
     * The case store on the application's {@code DataSource} (needs {@code kasuhara-adapter-jdbc}).
     *
     * @param enabled              whether to open it when the application has a data source ({@code true})
     * @param assessPendingOnStart whether to assess, once started, the cases left stored but unassessed ({@code true})
     */
    public record Store(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean assessPendingOnStart) {
    }

    /**
     * The web counter's servlets in the application's servlet container (needs {@code kasuhara-adapter-web} and a
     * case store).
     *
     * @param enabled       whether to register them ({@code false}: nothing is exposed unless asked for)
     * @param path          where they are mounted in the application's context ({@code /kasuhara}; {@code ""} for
     *                      the root, where the application keeps its own default servlet)
     * @param staffKey      SHA-256 hashes of the staff keys ({@code AccessKeys.hash}), never the keys
     * @param apiKeys       SHA-256 hashes of the API keys by organisation id
     * @param organisations the organisations file (YAML); the demonstration list when unset
     * @param settings      any other setting of {@code org.kasuhara.web.WebSettings} by its key without prefix, for
     *                      example {@code rateLimit.perMinute}, {@code maxRequestBytes} or {@code publicUrl}
     */
    public record Web(@DefaultValue("false") boolean enabled, @DefaultValue("/kasuhara") String path,
            List<String> staffKey, Map<String, List<String>> apiKeys, Path organisations,
            Map<String, String> settings) {
        /** Copies the lists and maps, empty when unset. */
        public Web {
            staffKey = staffKey == null ? List.of() : List.copyOf(staffKey);
            apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }
    }

    /**
     * Meters (with a {@code MeterRegistry} bean) and observations (with an {@code ObservationRegistry} bean).
     *
     * @param enabled whether to instrument the engine and bind the store's meters ({@code true})
     */
    public record Metrics(@DefaultValue("true") boolean enabled) {
    }
}
