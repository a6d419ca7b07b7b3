// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookEndpoint;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.internal.Backoff;

/** Webhook settings are checked at once, with messages naming the setting and never quoting a secret. */
class WebhookConfigTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void settingsMakeOneEndpointPerUrlWithEverySecretAndTheEventFilter() {
        WebhookSecret next = WebhookSecret.generate();
        WebhookConfig config = WebhookConfig.fromSettings(Map.of("url", "https://a.example/h, http://b.example/h",
                "secret", SECRET + " " + next.text(), "events", "case.closed,case.due", "timeoutSeconds", "3",
                "maxAttempts", "4", "concurrency", "2")::get);
        assertThat(config.endpoints()).extracting(WebhookEndpoint::name).containsExactly("hook-1", "hook-2");
        assertThat(config.endpoints().get(1).url()).isEqualTo(URI.create("http://b.example/h"));
        assertThat(config.endpoints().get(0).secrets()).hasSize(2);
        assertThat(config.endpoints().get(0).events()).containsExactlyInAnyOrder(WebhookEventType.CASE_CLOSED,
                WebhookEventType.CASE_DUE);
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.maxAttempts()).isEqualTo(4);
        assertThat(config.concurrency()).isEqualTo(2);
        assertThat(WebhookConfig.fromSettings(Map.<String, String>of()::get).endpoints()).isEmpty();
        assertThat(WebhookConfig.fromSettings(Map.of("url", "https://a.example/h", "secret", SECRET)::get)
                .endpoints().get(0).events()).isEqualTo(EnumSet.allOf(WebhookEventType.class));
    }

    @Test
    void badSettingsNameTheSetting() {
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "https://a.example/h")::get))
                .hasMessageStartingWith("webhooks.secret: required");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "ftp://a.example/h", "secret", SECRET)::get))
                .hasMessageStartingWith("webhook url:");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "a b c", "secret", SECRET)::get))
                .hasMessageStartingWith("webhook url:");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "https://a.example/h", "secret", SECRET,
                "events", "case.created")::get)).hasMessageStartingWith("webhooks.events:");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "https://a.example/h", "secret", SECRET,
                "maxAttempts", "0")::get)).hasMessageStartingWith("webhooks.maxAttempts:");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "https://a.example/h", "secret", SECRET,
                "timeoutSeconds", "ten")::get)).hasMessageStartingWith("webhooks.timeoutSeconds:");
        assertThatThrownBy(() -> WebhookConfig.fromSettings(Map.of("url", "https://a.example/h",
                "secret", "whsec_short")::get)).hasMessageStartingWith("webhook secret:")
                .hasMessageNotContaining("short");
    }

    @Test
    void endpointsNeedAPlainNameAndDistinctNames() {
        WebhookSecret s = WebhookSecret.generate();
        URI url = URI.create("https://a.example/h");
        assertThatThrownBy(() -> WebhookEndpoint.of("Help Desk", url, s)).hasMessageContaining("name");
        assertThatThrownBy(() -> new WebhookEndpoint("a", url, List.of(), Set.of())).hasMessageContaining("secret");
        assertThatThrownBy(() -> WebhookConfig.of(List.of(WebhookEndpoint.of("a", url, s), WebhookEndpoint.of("a",
                url, s)))).hasMessageContaining("share a name");
        assertThatThrownBy(() -> WebhookConfig.of(List.of()).withTimeout(Duration.ZERO))
                .hasMessageContaining("timeout");
    }

    @Test
    void backoffDoublesWithJitterUpToTheCap() {
        Duration initial = Duration.ofSeconds(5);
        Duration max = Duration.ofHours(1);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.after(1, initial, max)).isBetween(Duration.ofMillis(2500), initial);
            assertThat(Backoff.after(3, initial, max)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            assertThat(Backoff.after(40, initial, max)).isBetween(Duration.ofMinutes(30), max);
        }
    }
}
