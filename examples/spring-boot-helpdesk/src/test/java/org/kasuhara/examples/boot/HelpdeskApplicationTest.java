// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.KasuharaJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The helpdesk on a real embedded Tomcat, called over HTTP: its controller assesses a case, and Actuator shows the
 * Kasuhara health component and the assessment counter. The rule folder is a copy of the default rules, as
 * {@code ./kasuhara rules init} makes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskApplicationTest {
    private static final String HARASSMENT = "verdict:CUSTOMER_HARASSMENT";

    @TempDir
    static Path rules;

    @LocalServerPort
    int port;

    @Autowired
    TriageEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) throws IOException {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path target = rules.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        registry.add("kasuhara.rules", rules::toString);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    private double harassmentCount() throws IOException, InterruptedException {
        HttpResponse<String> metric = get("/actuator/metrics/kasuhara.assessments?tag=" + HARASSMENT);
        if (metric.statusCode() == 404) {
            return 0;
        }
        return KasuharaJson.mapper().readTree(metric.body()).at("/measurements/0/value").asDouble();
    }

    @Test
    void theControllerAssessesACaseAndTheCounterGoesUp() throws Exception {
        double before = harassmentCount();
        String json = Files.readString(Path.of("../cases/harassment-grabbed-collar-police.json"));

        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/complaints/assessment"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode assessment = KasuharaJson.mapper().readTree(response.body());
        assertThat(assessment.path("verdict").asText()).isEqualTo("CUSTOMER_HARASSMENT");
        assertThat(assessment.path("policeReport").asBoolean()).isTrue();
        assertThat(assessment.at("/ruleSet/version").asText()).isEqualTo(engine.ruleSet().version());
        assertThat(harassmentCount()).isEqualTo(before + 1);
        assertThat(get("/actuator/metrics/kasuhara.assessment.duration").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/kasuhara.assess").statusCode())
                .as("the Observation around assess(), timed by Spring Boot's observation handler").isEqualTo(200);
    }

    @Test
    void anInvalidCaseIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/complaints/assessment"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"C-1\", \"channel\": \"PHONE\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("receivedAt");
    }

    @Test
    void healthShowsTheKasuharaComponentUpWithTheRuleSetVersion() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode kasuhara = KasuharaJson.mapper().readTree(response.body()).at("/components/kasuhara");
        assertThat(kasuhara.path("status").asText()).isEqualTo("UP");
        assertThat(kasuhara.at("/details/ruleSet/version").asText())
                .startsWith("sha256:").isEqualTo(engine.ruleSet().version());
        assertThat(kasuhara.at("/details/watching").asBoolean()).isTrue();
    }
}
