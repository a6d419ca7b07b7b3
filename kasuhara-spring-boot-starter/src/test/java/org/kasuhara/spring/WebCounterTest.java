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
import org.kasuhara.web.AccessKeys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web counter under /kasuhara in the application's own Tomcat, beside its DispatcherServlet (Actuator here). */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WebCounterTest {
    private static final String API_KEY = AccessKeys.generate();
    private static final String STAFF_KEY = AccessKeys.generate();

    @TempDir
    static Path rules;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kasuhara.rules", () -> TestCases.ruleFolder(rules).toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:web-counter-test;DB_CLOSE_DELAY=-1");
        registry.add("kasuhara.web.enabled", () -> "true");
        registry.add("kasuhara.web.api-keys.acme-foods", () -> AccessKeys.hash(API_KEY));
        registry.add("kasuhara.web.staff-key", () -> AccessKeys.hash(STAFF_KEY));
        registry.add("kasuhara.web.settings.sessionSecret", () -> "a-session-secret-of-at-least-32-characters");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFormIsServedUnderTheMountPathWithItsLinksThereAndTheSecurityHeaders() throws Exception {
        HttpResponse<String> form = get("/kasuhara/form");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("action=\"/kasuhara/form/confirm\"");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/kasuhara/static/kasuhara.css").statusCode()).isEqualTo(200);
        assertThat(get("/kasuhara").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/kasuhara/form"));
    }

    @Test
    void aStaffSessionCookieIsLimitedToTheMountedDashboardAndOpensIt() throws Exception {
        HttpResponse<String> page = get("/kasuhara/staff");
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(field.find()).isTrue();
        String csrf = field.group(1);
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/kasuhara/staff/login"))
                .header("Cookie", "kh_csrf=" + csrf).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + java.net.URLEncoder.encode(csrf,
                        java.nio.charset.StandardCharsets.UTF_8) + "&handle=sato&key=" + STAFF_KEY)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kh_staff="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("; Path=/kasuhara/staff;");
        HttpResponse<String> rules = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/kasuhara/staff/rules"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rules.statusCode()).isEqualTo(200);
    }

    @Test
    void aCaseSubmittedToTheApiIsStoredAndAssessed() throws Exception {
        String json = """
                {"id": "C-2026-0074", "receivedAt": "2026-11-20T14:00:00+09:00", "channel": "PHONE",
                 "organization": "acme-foods",
                 "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:00:00+09:00",
                               "end": "2026-11-20T15:14:00+09:00", "staff": "op-1"}]}
                """;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/kasuhara/api/v1/cases"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/kasuhara/api/v1/cases/KH-"));
        assertThat(created.body()).contains("CUSTOMER_HARASSMENT");
    }

    @Test
    void theApplicationsOwnEndpointsStayItsOwn() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(404);
    }
}
