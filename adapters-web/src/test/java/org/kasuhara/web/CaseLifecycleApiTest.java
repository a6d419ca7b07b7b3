// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.json.KasuharaJson;

/** The helpdesk's lifecycle routes over real HTTP: the store's transitions, its audit log, and every refusal. */
class CaseLifecycleApiTest {
    private static TestServer server;
    private static Http http;
    private static int next;

    @BeforeAll
    static void start() {
        server = new TestServer();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reportedThenClosedMovesTheCaseAndAuditsTheKeysPrincipal() throws Exception {
        String receipt = newCase();
        HttpResponse<String> reported = http.postJson("/api/v1/cases/" + receipt + "/reported", TestServer.STAFF_KEY,
                "{\"method\": \"EMAIL\"}");
        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(json(reported).get("status").asText()).isEqualTo("REPORTED");
        assertThat(json(reported).get("unchanged").asBoolean()).isFalse();

        HttpResponse<String> closed = http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY,
                "{\"outcome\": \"GAVE_UP\"}");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).get("outcome").asText()).isEqualTo("GAVE_UP");

        StoredCase stored = server.store.find(receipt).orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(stored.reportMethod()).isEqualTo(ReportMethod.EMAIL);
        assertThat(stored.outcome()).isEqualTo(CaseOutcome.GAVE_UP);
        List<AuditEntry> audit = server.store.auditLog(receipt);
        assertThat(audit).extracting(AuditEntry::action).endsWith(AuditAction.REPORTED, AuditAction.CLOSED);
        assertThat(audit.subList(audit.size() - 2, audit.size())).extracting(AuditEntry::actor)
                .containsOnly("staff-key");
        assertThat(audit.get(audit.size() - 1).at()).isNotNull();
    }

    @Test
    void anEmptyBodyReportsTodayAndClosesWithoutAnOutcome() throws Exception {
        String receipt = newCase();
        assertThat(http.postJson("/api/v1/cases/" + receipt + "/reported", TestServer.STAFF_KEY, "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> closed = http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY, "{}");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).has("outcome")).isFalse();
        assertThat(server.store.find(receipt).orElseThrow().reportedOn()).isNotNull();
    }

    @Test
    void repeatingAChangeAlreadyMadeIsA200ThatWritesNothing() throws Exception {
        String receipt = newCase();
        http.postJson("/api/v1/cases/" + receipt + "/reported", TestServer.STAFF_KEY, "{}");
        int entries = server.store.auditLog(receipt).size();
        HttpResponse<String> again = http.postJson("/api/v1/cases/" + receipt + "/reported", TestServer.STAFF_KEY,
                "{}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("unchanged").asBoolean()).isTrue();

        http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY, "{\"outcome\": \"COMPLAINT_FILED\"}");
        HttpResponse<String> closedAgain = http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY,
                "{\"outcome\": \"COMPLAINT_FILED\"}");
        assertThat(closedAgain.statusCode()).isEqualTo(200);
        assertThat(json(closedAgain).get("unchanged").asBoolean()).isTrue();
        assertThat(server.store.auditLog(receipt)).hasSize(entries + 1);
    }

    @Test
    void aChangeTheStatusForbidsIsA409() throws Exception {
        String receipt = newCase();
        http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY, "{\"outcome\": \"GAVE_UP\"}");

        HttpResponse<String> otherOutcome = http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.STAFF_KEY,
                "{\"outcome\": \"ESCALATED_TO_POLICE\"}");
        assertThat(otherOutcome.statusCode()).isEqualTo(409);
        assertThat(json(otherOutcome).at("/error/code").asText()).isEqualTo("invalid_transition");
        assertThat(json(otherOutcome).at("/error/message").asText()).startsWith("status: the case is CLOSED");
        HttpResponse<String> reportClosed = http.postJson("/api/v1/cases/" + receipt + "/reported",
                TestServer.STAFF_KEY, "{}");
        assertThat(reportClosed.statusCode()).isEqualTo(409);
        assertThat(server.store.find(receipt).orElseThrow().outcome()).isEqualTo(CaseOutcome.GAVE_UP);
    }

    @Test
    void badBodiesAreA400NamingTheFieldAndChangeNothing() throws Exception {
        String receipt = newCase();
        String reported = "/api/v1/cases/" + receipt + "/reported";
        String close = "/api/v1/cases/" + receipt + "/close";
        assertError(http.postJson(close, TestServer.STAFF_KEY, "{\"outcome\": \"WON\"}"), 400, "outcome: expected one of");
        assertError(http.postJson(close, TestServer.STAFF_KEY, "{\"outcome\": 3}"), 400, "outcome: expected a string");
        assertError(http.postJson(close, TestServer.STAFF_KEY, "{\"outcom\": \"GAVE_UP\"}"), 400,
                "outcom: unknown field");
        assertError(http.postJson(close, TestServer.STAFF_KEY, "[1, 2]"), 400, "body: expected a JSON object");
        assertError(http.postJson(close, TestServer.STAFF_KEY, "{\"outcome\": "), 400, "body: not valid JSON");
        assertError(http.postJson(reported, TestServer.STAFF_KEY, "{\"on\": \"24 Nov\"}"), 400, "on: expected a date");
        assertError(http.postJson(reported, TestServer.STAFF_KEY, "{\"on\": \"2999-01-01\"}"), 400, "on: ");
        assertError(http.postJson(reported, TestServer.STAFF_KEY, "{\"method\": \"PIGEON\"}"), 400,
                "method: expected one of");
        assertError(http.postJson(reported, TestServer.STAFF_KEY, "{\"<script>\": 1}"), 400,
                "(a field): unknown field");
        assertThat(server.store.find(receipt).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String receipt = newCase();
        assertThat(Http.statusOfDeclaredPost(server.uri("/api/v1/cases/" + receipt + "/close"), TestServer.STAFF_KEY,
                3_000_000)).startsWith("HTTP/1.1 413");
        assertThat(server.store.find(receipt).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void onlyTheStaffKeyMayChangeACaseAndUnknownCasesAre404() throws Exception {
        String receipt = newCase();
        HttpResponse<String> organisation = http.postJson("/api/v1/cases/" + receipt + "/close", TestServer.ACME_KEY,
                "{}");
        assertThat(organisation.statusCode()).isEqualTo(403);
        assertThat(json(organisation).at("/error/code").asText()).isEqualTo("staff_key_required");
        assertThat(http.postJson("/api/v1/cases/" + receipt + "/close", null, "{}").statusCode()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/cases/" + receipt + "/close", "wrong-key-0123456789abcdef", "{}")
                .statusCode()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/cases/KH-99999998/close", TestServer.STAFF_KEY, "{}").statusCode())
                .isEqualTo(404);
        assertThat(http.postJson("/api/v1/cases/" + receipt + "/reopen", TestServer.STAFF_KEY, "{}").body())
                .contains("no such route");
        assertThat(server.store.find(receipt).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSED);
    }

    private static void assertError(HttpResponse<String> r, int status, String messageStart) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json(r).at("/error/message").asText()).startsWith(messageStart);
        assertThat(r.body()).doesNotContain("<script>");
    }

    private static synchronized String newCase() throws Exception {
        HttpResponse<String> r = http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("LC-" + (++next), "acme-foods", Samples.POLITE));
        assertThat(r.statusCode()).isEqualTo(201);
        return json(r).get("receipt").asText();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return KasuharaJson.mapper().readTree(r.body());
    }
}
