// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnvironmentSettingsTest {

    @Test
    void aKeysVariableIsItsNameInUpperSnakeCase() {
        assertThat(EnvironmentSettings.variable("rateLimit.perMinute")).isEqualTo("KASUHARA_RATE_LIMIT_PER_MINUTE");
        assertThat(EnvironmentSettings.variable("staffKey")).isEqualTo("KASUHARA_STAFF_KEY");
        assertThat(EnvironmentSettings.variable("apiKey.acme-foods")).isEqualTo("KASUHARA_API_KEY_ACME_FOODS");
        assertThat(EnvironmentSettings.variable("trustedProxy")).isEqualTo("KASUHARA_TRUSTED_PROXY");
    }

    @Test
    void aSetVariableReplacesTheFilesValueAndAnUnsetOneLeavesIt() {
        Properties settings = new Properties();
        settings.setProperty("kasuhara.web.rateLimit.burst", "10");
        settings.setProperty("kasuhara.web.zone", "Asia/Tokyo");
        Map<String, String> variables = Map.of("KASUHARA_RATE_LIMIT_BURST", "50", "KASUHARA_ZONE", " ");

        new EnvironmentSettings(variables::get).apply(List.of("rateLimit.burst", "zone", "publicUrl"), settings);

        assertThat(settings).containsEntry("kasuhara.web.rateLimit.burst", "50")
                .containsEntry("kasuhara.web.zone", "Asia/Tokyo").doesNotContainKey("kasuhara.web.publicUrl");
    }

    @Test
    void everySettingTheWebCounterReadsCanComeFromTheEnvironment() throws java.io.IOException {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "../adapters-web/src/main/java/org/kasuhara/web/WebSettings.java"));
        java.util.regex.Matcher read = java.util.regex.Pattern
                .compile("(?:get|intValue|longValue|secret)\\(\"([^\"]+)\"").matcher(source);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        while (read.find()) {
            keys.add(read.group(1));
        }
        // port, bind and organisations are the command's options (KASUHARA_PORT, _BIND, _ORGANISATIONS); the API
        // keys are read per organisation (KASUHARA_API_KEY_<ID>)
        keys.removeAll(List.of("port", "bind", "organisations", "apiKey."));

        assertThat(keys).contains("csrfSecret", "sessionSecret", "sessionSecretPrevious",
                "inbound.zendesk.signingSecrets", "trustedProxies");
        assertThat(EnvironmentSettings.KEYS).containsAll(keys);
        assertThat(EnvironmentSettings.variable("inbound.zendesk.signingSecrets"))
                .isEqualTo("KASUHARA_INBOUND_ZENDESK_SIGNING_SECRETS");
        assertThat(EnvironmentSettings.variable("csrfSecret")).isEqualTo("KASUHARA_CSRF_SECRET");
        assertThat(EnvironmentSettings.variable("sessionSecret")).isEqualTo("KASUHARA_SESSION_SECRET");
        assertThat(EnvironmentSettings.variable("sessionSecretPrevious"))
                .isEqualTo("KASUHARA_SESSION_SECRET_PREVIOUS");
    }
}
