// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.spring.app.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a proxy the application trusts ({@code server.forward-headers-strategy=native}: Tomcat's RemoteIpValve, which
 * trusts proxies on private and loopback addresses), the counter's rate limit keys on each forwarded client, not on
 * the proxy that all of them share. Settings passed through {@code kasuhara.web.settings.*} reach the counter.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ForwardedClientTest {
    @TempDir
    static Path rules;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kasuhara.rules", () -> TestCases.ruleFolder(rules).toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:forwarded-client-test;DB_CLOSE_DELAY=-1");
        registry.add("kasuhara.web.enabled", () -> "true");
        registry.add("kasuhara.web.settings.rateLimit.burst", () -> "2");
        registry.add("kasuhara.web.settings.rateLimit.perMinute", () -> "1");
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    private int formFrom(String client) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kasuhara/form"))
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void eachForwardedClientHasABucketOfItsOwn() throws Exception {
        assertThat(formFrom("203.0.113.10")).isEqualTo(200);
        assertThat(formFrom("203.0.113.10")).isEqualTo(200);
        assertThat(formFrom("203.0.113.10")).isEqualTo(429);

        assertThat(formFrom("203.0.113.20")).isEqualTo(200);
    }
}
