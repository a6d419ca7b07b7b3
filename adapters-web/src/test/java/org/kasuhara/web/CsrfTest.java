// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CSRF tokens expire and a form sent from another site is refused (issue 14, row 9). */
class CsrfTest {

    @Test
    void aTokenExpiresAfterTwoHoursAndTheNextPageGivesANewOne() {
        MovingClock clock = new MovingClock(Instant.parse("2026-11-20T01:00:00Z"));
        try (TestServer server = new TestServer(Map.of(), Clock.systemUTC(), clock)) {
            Http http = server.http();
            Map<String, String> fields = ReceptionFormTest.fields("テスト");
            fields.put("csrf", Http.csrf(http.get("/form").body()));
            assertThat(http.postForm("/form/confirm", fields).statusCode()).isEqualTo(200);

            clock.now = clock.now.plus(Duration.ofHours(2).plusMinutes(1));
            assertThat(http.postForm("/form/confirm", fields).statusCode()).as("an expired token").isEqualTo(403);

            fields.put("csrf", Http.csrf(http.get("/form").body()));
            assertThat(http.postForm("/form/confirm", fields).statusCode()).as("a fresh token").isEqualTo(200);
        }
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedEvenWithTheVictimsToken() throws Exception {
        try (TestServer server = new TestServer(Map.of())) {
            Http http = server.http();
            Map<String, String> fields = ReceptionFormTest.fields("テスト");
            fields.put("csrf", Http.csrf(http.get("/form").body()));
            String cookie = http.cookies();
            String body = formBody(fields);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String origin : new String[] {"https://evil.example", null}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/form/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (origin != null) {
                    request.header("Origin", origin);
                }
                int status = client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                assertThat(status).as(String.valueOf(origin)).isEqualTo(origin == null ? 200 : 403);
            }
            String own = server.uri("/").toString().replaceAll("/$", "");
            HttpRequest sameSite = HttpRequest.newBuilder(server.uri("/form/confirm"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .header("Origin", own).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            assertThat(client.send(sameSite, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withASharedSecretAFormServedByOneInstanceIsAcceptedByAnotherAndAnotherSecretRefusesIt() throws Exception {
        String secret = "a-shared-csrf-secret-of-at-least-32-characters";
        try (TestServer first = new TestServer(Map.of("kasuhara.web.csrfSecret", secret));
             TestServer second = new TestServer(Map.of("kasuhara.web.csrfSecret", secret));
             TestServer other = new TestServer(Map.of("kasuhara.web.csrfSecret", secret + "-other"))) {
            Http http = first.http();
            Map<String, String> fields = ReceptionFormTest.fields("テスト");
            fields.put("csrf", Http.csrf(http.get("/form").body()));
            String cookie = http.cookies();
            String body = formBody(fields);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (TestServer target : new TestServer[] {second, other}) {
                HttpRequest request = HttpRequest.newBuilder(target.uri("/form/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertThat(status).as(target == second ? "same secret" : "another secret")
                        .isEqualTo(target == second ? 200 : 403);
            }
        }
    }

    @Test
    void aSecretTooShortToSignWithIsRefusedNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TestServer(Map.of("kasuhara.web.csrfSecret",
                "short"))).hasMessageContaining("kasuhara.web.csrfSecret").hasMessageContaining("32");
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
