// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;

/**
 * Behind a trusted reverse proxy the rate limit keys on the client the proxy names; without the switch the forwarded
 * headers are ignored. The probes answer outside the rate limit.
 */
class ProxyAndProbesTest {
    @TempDir
    Path rules;
    private final HttpClient http = HttpClient.newHttpClient();

    private TriageEngine engine() {
        return TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(rules))).build();
    }

    private static Map<String, String> limited(boolean trustedProxy) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.rateLimit.perMinute", "1");
        settings.put("kasuhara.web.rateLimit.burst", "2");
        if (trustedProxy) {
            settings.put("kasuhara.web.trustedProxies", "127.0.0.1");
        }
        return settings;
    }

    private int formFrom(TestServer server, String client) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri("/form")).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasABucketOfItsOwn() throws Exception {
        try (TestServer server = new TestServer(limited(true), engine())) {
            assertThat(formFrom(server, "203.0.113.10")).isEqualTo(200);
            assertThat(formFrom(server, "203.0.113.10")).isEqualTo(200);
            assertThat(formFrom(server, "203.0.113.10")).isEqualTo(429);
            assertThat(formFrom(server, "203.0.113.20")).isEqualTo(200);
        }
    }

    @Test
    void withoutTheSwitchAClientCannotPickItsOwnAddress() throws Exception {
        try (TestServer server = new TestServer(limited(false), engine())) {
            assertThat(formFrom(server, "203.0.113.10")).isEqualTo(200);
            assertThat(formFrom(server, "203.0.113.11")).isEqualTo(200);
            assertThat(formFrom(server, "203.0.113.12")).isEqualTo(429);
        }
    }

    @Test
    void theProbesAnswerOutsideTheRateLimit() throws Exception {
        try (TestServer server = new TestServer(limited(false), engine())) {
            for (int i = 0; i < 5; i++) {
                assertThat(server.http().get("/healthz").statusCode()).isEqualTo(200);
                HttpResponse<String> ready = server.http().get("/readyz");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).startsWith("ready: sha256:");
            }
        }
    }

    @Test
    void readinessFailsWhenTheRuleFolderIsNoLongerWatched() throws IOException {
        Files.writeString(TestRuleSets.basic(rules).resolve("policy.yaml"), "defaults:\n  confinementMinutes: 60\n");
        ReloadingTriageEngine watching = TriageEngine.builder().rules(RuleSource.directory(rules)).buildWatching();
        try (TestServer server = new TestServer(Map.of(), watching)) {
            assertThat(server.http().get("/readyz").statusCode()).isEqualTo(200);
            watching.close();
            HttpResponse<String> ready = server.http().get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("rules");
            assertThat(server.http().get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTrustedProxySettingOtherThanTrueOrFalseIsRefused() {
        WebSettings settings = WebSettings.of(Map.of("kasuhara.web.trustedProxy", "yes"));
        org.assertj.core.api.Assertions.assertThatThrownBy(settings::trustedProxies)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trustedProxy");
    }
}
