// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.json.KasuharaJson;

/** The JSON API over real HTTP against a running server. */
class ApiTest {
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        // received on Fri 2026-11-20, asked about on 2026-12-10: everything unreported is overdue
        server = new TestServer(java.util.Map.of(), Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-12-10T01:00:00Z"), ZoneOffset.UTC));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void submittedCaseIsStoredAssessedAndGetsAReceipt() throws Exception {
        HttpResponse<String> r = http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("API-1", "acme-foods", Samples.POLITE));
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("receipt").asText()).matches("KH-\\d{8}");
        assertThat(body.at("/assessment/verdict").asText()).isEqualTo("LEGITIMATE_COMPLAINT");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/cases/" + body.get("receipt").asText());
        assertThat(server.store.find(body.get("receipt").asText())).isPresent();
    }

    @Test
    void sameCaseAgainReturnsTheOriginalReceipt() throws Exception {
        String json = Samples.caseJson("API-2", "acme-foods", Samples.POLITE);
        JsonNode first = json(http.postJson("/api/v1/cases", TestServer.ACME_KEY, json));
        HttpResponse<String> again = http.postJson("/api/v1/cases", TestServer.ACME_KEY, json);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("receipt").asText()).isEqualTo(first.get("receipt").asText());
        assertThat(json(again).get("resubmission").asBoolean()).isTrue();
    }

    @Test
    void statelessAssessAnswersWithoutStoring() throws Exception {
        HttpResponse<String> r = http.postJson("/api/v1/assess", TestServer.SAKURA_KEY,
                Samples.caseJson("API-3", null, Samples.THREAT));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("accepted").asBoolean()).isFalse();
        assertThat(json(r).get("policeReport").asBoolean()).isTrue();
        assertThat(server.store.findByCaseId("sakura-rail", "API-3")).isEmpty();
        assertThat(server.store.findByCaseId(null, "API-3")).isEmpty();
    }

    @Test
    void invalidCaseIsA400NamingTheField() throws Exception {
        String json = Samples.caseJson("API-4", "acme-foods", "x").replace("\"channel\": \"EMAIL\", \"start\"",
                "\"channel\": \"FAX\", \"start\"");
        HttpResponse<String> r = http.postJson("/api/v1/cases", TestServer.ACME_KEY, json);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode error = json(r).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_case");
        assertThat(error.at("/problems/0/path").asText()).isEqualTo("contacts[0].channel");
        assertThat(error.get("message").asText()).startsWith("contacts[0].channel: ");
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        HttpResponse<String> r = http.postJson("/api/v1/assess", TestServer.ACME_KEY,
                Samples.caseJson("API-5", null, "x").replace("\"language\"", "\"langauge\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/problems/0/path").asText()).isEqualTo("langauge");
    }

    @Test
    void missingOrWrongKeyIs401() throws Exception {
        assertThat(http.get("/api/v1/cases").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = http.get("/api/v1/cases", TestServer.ACME_KEY + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).at("/error/code").asText()).isEqualTo("unauthorized");
        assertThat(http.postJson("/api/v1/assess", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void anOrganisationSeesOnlyItsOwnCases() throws Exception {
        String receipt = json(http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("API-6", null, Samples.POLITE))).get("receipt").asText();
        assertThat(http.get("/api/v1/cases/" + receipt, TestServer.ACME_KEY).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/cases/" + receipt, TestServer.SAKURA_KEY).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/cases/" + receipt, TestServer.STAFF_KEY).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/cases?due=all", TestServer.SAKURA_KEY).body()).doesNotContain(receipt);
        assertThat(http.get("/api/v1/cases?due=all", TestServer.ACME_KEY).body()).contains(receipt);
        HttpResponse<String> foreign = http.postJson("/api/v1/cases", TestServer.SAKURA_KEY,
                Samples.caseJson("API-7", "acme-foods", Samples.POLITE));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(json(foreign).at("/error/message").asText()).startsWith("organization:");
    }

    @Test
    void organisationDoesNotSeeContactDetailsWithoutConsentButStaffDo() throws Exception {
        String receipt = json(http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("API-8", null, Samples.POLITE))).get("receipt").asText();
        assertThat(http.get("/api/v1/cases/" + receipt, TestServer.ACME_KEY).body())
                .doesNotContain("山田太郎", "090-0000-0001", "taro.yamada@example.jp").contains("\"status\"");
        assertThat(http.get("/api/v1/cases/" + receipt, TestServer.STAFF_KEY).body()).contains("山田太郎");
    }

    @Test
    void listsDueAndOverdueCasesAndMonthlyTotals() throws Exception {
        http.postJson("/api/v1/cases", TestServer.SAKURA_KEY, Samples.caseJson("API-9", null, Samples.THREAT));
        JsonNode overdue = json(http.get("/api/v1/cases?due=overdue", TestServer.SAKURA_KEY));
        assertThat(overdue.get("cases")).isNotEmpty();
        assertThat(overdue.at("/cases/0/overdue").asBoolean()).isTrue();
        assertThat(overdue.at("/cases/0/policeReport").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/cases?due=soon", TestServer.SAKURA_KEY).statusCode()).isEqualTo(400);
        JsonNode totals = json(http.get("/api/v1/totals/2026-11", TestServer.SAKURA_KEY));
        assertThat(totals.get("cases").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(totals.get("organization").asText()).isEqualTo("sakura-rail");
        assertThat(totals.at("/byVerdict/CUSTOMER_HARASSMENT").asLong()).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return KasuharaJson.mapper().readTree(r.body());
    }
}
