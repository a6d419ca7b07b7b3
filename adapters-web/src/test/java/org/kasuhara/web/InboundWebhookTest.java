// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;
import org.kasuhara.testing.ConsoleCapture;
import org.kasuhara.web.internal.inbound.ZendeskSignature;

/**
 * Helpdesk ticket webhooks, end to end on a real server: the fixtures written from Zendesk's, Freshdesk's and
 * ServiceNow's documentation become stored, assessed cases of the key's organisation; Zendesk's signature is checked;
 * bad payloads are refused naming the field; personal data reaches no log.
 */
class InboundWebhookTest {
    static final String SECRET = "dGVzdC1zaWduaW5nLXNlY3JldC1vZi1rYXN1aGFyYQ==";
    /** Room for one field over the per-field limit. */
    static final int MAX_BYTES = 1024 * 1024;
    private static TestServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("kasuhara.web.inbound.zendesk.signingSecrets", "another-account," + SECRET,
                "kasuhara.web.maxRequestBytes", String.valueOf(MAX_BYTES)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aZendeskTicketCreatedEventBecomesAStoredAssessedCase() throws Exception {
        String body = fixture("zendesk-ticket-created.json");
        HttpResponse<String> r = zendesk(server, body, Instant.now());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String receipt = json(r).get("receipt").asText();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/cases/" + receipt);

        StoredCase stored = server.store.find(receipt).orElseThrow();
        Case c = stored.caseData();
        assertThat(c.id()).isEqualTo("zendesk-35436");
        assertThat(c.organization()).isEqualTo("acme-foods");
        assertThat(c.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(c.receivedAt().toInstant()).isEqualTo(Instant.parse("2026-11-20T05:03:00Z"));
        assertThat(c.applicant().customerRef()).isEqualTo("zendesk:20978392");
        assertThat(c.contacts()).singleElement().satisfies(contact ->
                assertThat(contact.text()).startsWith("ケーキの名前が違う\n\n").contains("土下座して謝れ"));
        var assessment = stored.assessments().get(0).assessment();
        assertThat(assessment.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(assessment.findings()).extracting(f -> f.behaviour()).contains(Behaviour.KNEELING_DEMAND);

        HttpResponse<String> read = new Http(server.server.uri()).get("/api/v1/cases/" + receipt, TestServer.ACME_KEY);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("zendesk-35436", "CUSTOMER_HARASSMENT");
    }

    @Test
    void aRepeatedDeliveryIsTheSameCaseAgain() throws Exception {
        String body = fixture("zendesk-ticket-created.json").replace("35436", "35437");
        HttpResponse<String> first = zendesk(server, body, Instant.now());
        HttpResponse<String> again = zendesk(server, body, Instant.now());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("receipt").asText()).isEqualTo(json(first).get("receipt").asText());
    }

    @Test
    void zendeskDeliveriesWithoutAGenuineFreshSignatureAreRefused() throws Exception {
        String body = fixture("zendesk-ticket-created.json").replace("35436", "40001");
        Instant now = Instant.now();
        String timestamp = now.truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(post("zendesk", body, TestServer.ACME_KEY, Map.of()).body())
                .contains("invalid_signature", ZendeskSignature.SIGNATURE);
        assertThat(post("zendesk", body, TestServer.ACME_KEY, Map.of(ZendeskSignature.TIMESTAMP, timestamp,
                ZendeskSignature.SIGNATURE, sign("not-the-secret", timestamp, body))).statusCode()).isEqualTo(401);
        HttpResponse<String> tampered = post("zendesk", body.replace("土下座", "説明"), TestServer.ACME_KEY,
                Map.of(ZendeskSignature.TIMESTAMP, timestamp,
                        ZendeskSignature.SIGNATURE, sign(SECRET, timestamp, body)));
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.body()).contains("does not match");
        HttpResponse<String> stale = zendesk(server, body, now.minus(ZendeskSignature.TOLERANCE).minusSeconds(60));
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains(ZendeskSignature.TIMESTAMP);
        assertThat(post("zendesk", body, TestServer.ACME_KEY, Map.of(ZendeskSignature.TIMESTAMP, "yesterday",
                ZendeskSignature.SIGNATURE, "x")).body()).contains("not an ISO-8601 time");
        assertThat(post("zendesk", body, TestServer.ACME_KEY, Map.of(ZendeskSignature.TIMESTAMP, timestamp,
                ZendeskSignature.SIGNATURE, "%%%")).body()).contains("not base64");
        assertThat(server.store.findByCaseId("acme-foods", "zendesk-40001")).isEmpty();
    }

    @Test
    void withoutAConfiguredSigningSecretZendeskIsRefusedAndNothingStored() throws Exception {
        try (TestServer unconfigured = new TestServer()) {
            HttpResponse<String> r = zendesk(unconfigured, fixture("zendesk-ticket-created.json"), Instant.now());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("inbound_not_configured", "signingSecrets");
            assertThat(unconfigured.store.findByCaseId("acme-foods", "zendesk-35436")).isEmpty();
        }
    }

    @Test
    void everyDeliveryNeedsAnApiKeyAndAKnownVendor() throws Exception {
        HttpResponse<String> anonymous = post("freshdesk", fixture("freshdesk-webhook.json"), null, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(post("freshdesk", fixture("freshdesk-webhook.json"), "wrong-key-0123456789abcdef", Map.of())
                .statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = post("jira", "{}", TestServer.ACME_KEY, Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("zendesk, freshdesk or servicenow");
    }

    @Test
    void aFreshdeskAutomationWebhookBecomesACaseWithTheRequesterStoredAndHtmlAsText() throws Exception {
        HttpResponse<String> r = post("freshdesk", fixture("freshdesk-webhook.json"), TestServer.SAKURA_KEY, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        StoredCase stored = server.store.find(json(r).get("receipt").asText()).orElseThrow();
        Case c = stored.caseData();
        assertThat(c.id()).isEqualTo("freshdesk-4821");
        assertThat(c.organization()).isEqualTo("sakura-rail");
        assertThat(c.channel()).isEqualTo(Channel.EMAIL);
        assertThat(c.applicant().name()).isEqualTo("佐藤花子");
        assertThat(c.applicant().email()).isEqualTo("hanako.sato@example.jp");
        assertThat(c.applicant().phone()).isEqualTo("03-1234-5678");
        assertThat(c.contacts().get(0).text()).isEqualTo(
                "返金のお願い\n\n先週購入した炊飯器が動きません。\n返金をお願いできますでしょうか。\nよろしくお願いいたします。");
        assertThat(stored.assessments().get(0).assessment().verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
    }

    @Test
    void aFreshdeskWebhookWithoutACreationTimeIsReceivedNow() throws Exception {
        String body = fixture("freshdesk-webhook.json").replace("4821", "4822")
                .replace("\"ticket_created_at\": \"2026-11-20T01:15:00Z\",", "");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> r = post("freshdesk", body, TestServer.ACME_KEY, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        OffsetDateTime received = server.store.find(json(r).get("receipt").asText()).orElseThrow().caseData()
                .receivedAt();
        assertThat(received.toInstant()).isAfterOrEqualTo(before);
    }

    @Test
    void aServiceNowRecordBecomesAPhoneCaseOpenedAtItsUtcTime() throws Exception {
        HttpResponse<String> r = post("servicenow", fixture("servicenow-incident.json"), TestServer.ACME_KEY, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        StoredCase stored = server.store.find(json(r).get("receipt").asText()).orElseThrow();
        Case c = stored.caseData();
        assertThat(c.id()).isEqualTo("servicenow-INC0010042");
        assertThat(c.channel()).isEqualTo(Channel.PHONE);
        assertThat(c.receivedAt().toInstant()).isEqualTo(Instant.parse("2026-11-20T05:03:00Z"));
        assertThat(c.applicant().name()).isEqualTo("山田太郎");
        assertThat(stored.assessments().get(0).assessment().findings()).isNotEmpty();
    }

    @Test
    void badPayloadsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"freshdesk", "{\"freshdesk_webhook\": {\"ticket_id\": {\"x\": 1}}}",
            "freshdesk_webhook.ticket_id: expected text, was object"});
        cases.add(new String[] {"freshdesk", "{\"ticket\": {}}", "freshdesk_webhook: is required"});
        cases.add(new String[] {"freshdesk", "{\"freshdesk_webhook\": {\"ticket_id\": 1, \"ticket_created_at\":"
            + " \"last week\"}}", "freshdesk_webhook.ticket_created_at: expected an ISO-8601 time"});
        cases.add(new String[] {"freshdesk", "{\"freshdesk_webhook\": {\"ticket_id\": \"a\\nb\"}}",
            "freshdesk_webhook.ticket_id: must not contain control characters"});
        cases.add(new String[] {"servicenow", "{\"result\": {\"number\": \"INC1\", \"opened_at\": \"yesterday\"}}",
            "result.opened_at: expected an ISO-8601 time"});
        cases.add(new String[] {"servicenow", "{\"result\": {\"number\": \"INC1\", \"opened_at\":"
            + " \"1998-12-31 23:00:00\"}}", "result.opened_at: must lie between"});
        cases.add(new String[] {"servicenow", "{\"result\": {\"opened_at\": \"2026-11-20 05:03:00\"}}",
            "result.number: is required"});
        cases.add(new String[] {"servicenow", "[1, 2]", "body: expected a JSON object"});
        cases.add(new String[] {"servicenow", "{\"result\": ", "body: not readable JSON"});
        cases.add(new String[] {"servicenow", "{\"result\": {\"number\": \"INC1\","
            + " \"opened_at\": \"2026-11-20 05:03:00\","
            + " \"description\": \"" + "x".repeat(100_001) + "\"}}", "result.description: at most 100000 characters"});
        for (String[] bad : cases) {
            HttpResponse<String> r = post(bad[0], bad[1], TestServer.ACME_KEY, Map.of());
            assertThat(r.statusCode()).as(bad[2]).isEqualTo(400);
            assertThat(json(r).at("/error/message").asText()).as(bad[2]).startsWith(bad[2]);
        }
        String otherEvent = fixture("zendesk-ticket-created.json").replace("ticket.created", "ticket.comment_added");
        HttpResponse<String> r = zendesk(server, otherEvent, Instant.now());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/message").asText()).startsWith("type: expected zen:event-type:ticket.created");
        String noTime = fixture("zendesk-ticket-created.json").replace("35436", "40002")
                .replace("\"created_at\": \"2026-11-20T05:03:00Z\",", "");
        assertThat(json(zendesk(server, noTime, Instant.now())).at("/error/message").asText())
                .isEqualTo("detail.created_at: is required");
        assertThat(server.store.findByCaseId("acme-foods", "servicenow-INC1")).isEmpty();
        assertThat(server.store.findByCaseId("acme-foods", "zendesk-40002")).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotGuessed() throws Exception {
        byte[] latin1 = fixture("servicenow-incident.json").replace("INC0010042", "INC0010043")
                .replace("電話での苦情", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri("/api/v1/inbound/servicenow"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestServer.ACME_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("invalid_encoding");
        assertThat(server.store.findByCaseId("acme-foods", "servicenow-INC0010043")).isEmpty();
    }

    @Test
    void anOversizedDeliveryIsRefusedBeforeItIsRead() throws Exception {
        assertThat(Http.statusOfDeclaredPost(server.uri("/api/v1/inbound/servicenow"), TestServer.ACME_KEY,
                MAX_BYTES + 1)).startsWith("HTTP/1.1 413");
    }

    @Test
    void theRequestersNameContactDetailsAndTheTicketTextReachNoLog() throws Exception {
        String log = ConsoleCapture.of(() -> {
            try (TestServer quiet = new TestServer(Map.of("kasuhara.web.inbound.zendesk.signingSecrets", SECRET))) {
                assertThat(postTo(quiet, "freshdesk", fixture("freshdesk-webhook.json"), TestServer.ACME_KEY, Map.of())
                        .statusCode()).isEqualTo(201);
                assertThat(postTo(quiet, "servicenow", fixture("servicenow-incident.json"), TestServer.ACME_KEY,
                        Map.of()).statusCode()).isEqualTo(201);
                assertThat(zendesk(quiet, fixture("zendesk-ticket-created.json"), Instant.now()).statusCode())
                        .isEqualTo(201);
                postTo(quiet, "freshdesk", fixture("freshdesk-webhook.json").replace("4821", "{\"x\": 1}"),
                        TestServer.ACME_KEY, Map.of());
            }
        });
        assertThat(log).contains("inbound: freshdesk ticket stored as case KH-");
        assertThat(log).doesNotContain("佐藤花子", "hanako.sato@example.jp", "03-1234-5678", "山田太郎",
                "taro.yamada@example.jp", "090-0000-0001", "炊飯器", "土下座", "住所を教えろ", "20978392");
    }

    static HttpResponse<String> zendesk(TestServer target, String body, Instant at) throws Exception {
        String timestamp = at.truncatedTo(ChronoUnit.SECONDS).toString();
        return postTo(target, "zendesk", body, TestServer.ACME_KEY, Map.of(ZendeskSignature.TIMESTAMP, timestamp,
                ZendeskSignature.SIGNATURE, sign(SECRET, timestamp, body)));
    }

    static String sign(String secret, String timestamp, String body) {
        return Base64.getEncoder().encodeToString(ZendeskSignature.sign(secret, timestamp,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(String vendor, String body, String key, Map<String, String> headers)
            throws Exception {
        return postTo(server, vendor, body, key, headers);
    }

    static HttpResponse<String> postTo(TestServer target, String vendor, String body, String key,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.uri("/api/v1/inbound/" + vendor))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = InboundWebhookTest.class.getResourceAsStream("inbound/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return KasuharaJson.mapper().readTree(r.body());
    }
}
