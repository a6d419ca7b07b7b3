// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookEventType;

/**
 * The IDE's completion for {@code kasuhara.webhooks.*}: every setting the webhooks read is in the starter's
 * {@code META-INF/spring-configuration-metadata.json}, as the configuration processor wrote it into the build, with a
 * description, and each event type is offered as a value.
 */
class ConfigurationMetadataTest {
    private static JsonNode metadata() throws IOException {
        try (InputStream in = KasuharaWebhooksAutoConfiguration.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's output in the starter").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The keys {@link WebhookConfig#fromSettings} asks for, in Spring's kebab case as the auto-configuration reads. */
    private static List<String> webhookKeys() {
        List<String> asked = new ArrayList<>();
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, String> values = new HashMap<>(Map.of("url", "http://127.0.0.1:9/hook", "secret", secret));
        WebhookConfig.fromSettings(key -> {
            asked.add("kasuhara.webhooks." + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
            return values.get(key);
        });
        return asked;
    }

    @Test
    void everyWebhookSettingIsDescribedWithItsType() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        metadata().get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        List<String> keys = webhookKeys();
        assertThat(keys).contains("kasuhara.webhooks.url", "kasuhara.webhooks.secret", "kasuhara.webhooks.events",
                "kasuhara.webhooks.timeout-seconds", "kasuhara.webhooks.max-attempts", "kasuhara.webhooks.concurrency");
        for (String key : keys) {
            assertThat(properties).as(key).containsKey(key);
            assertThat(properties.get(key).path("description").asText()).as(key).isNotBlank();
            assertThat(properties.get(key).path("type").asText()).as(key).startsWith("java.lang.");
        }
        assertThat(properties.get("kasuhara.webhooks.max-attempts").get("defaultValue").asInt())
                .isEqualTo(WebhookConfig.DEFAULT_MAX_ATTEMPTS);
        assertThat(properties.get("kasuhara.webhooks.concurrency").get("defaultValue").asInt())
                .isEqualTo(WebhookConfig.DEFAULT_CONCURRENCY);
        assertThat(properties.get("kasuhara.webhooks.timeout-seconds").get("defaultValue").asLong())
                .isEqualTo(WebhookConfig.DEFAULT_TIMEOUT.toSeconds());
        assertThat(properties).as("the properties bound by KasuharaProperties are still there")
                .containsKeys("kasuhara.rules", "kasuhara.web.enabled");
    }

    @Test
    void everyEventTypeIsOfferedAsAValue() throws IOException {
        List<String> offered = new ArrayList<>();
        metadata().get("hints").forEach(h -> {
            if (h.get("name").asText().equals("kasuhara.webhooks.events")) {
                h.get("values").forEach(v -> offered.add(v.get("value").asText()));
            }
        });
        assertThat(offered).containsExactlyInAnyOrder(java.util.Arrays.stream(WebhookEventType.values())
                .map(WebhookEventType::type).toArray(String[]::new));
    }
}
