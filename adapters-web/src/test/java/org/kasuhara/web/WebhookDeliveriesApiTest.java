// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.webhooks.TestReceiver;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.WebhookEndpoint;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerifier;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.kasuhara.json.KasuharaJson;

/**
 * The helpdesk's round trip over real HTTP: a case posted to the API and reported through it reaches a receiver that
 * verifies every signature, the staff key reads the delivery log, and a hanging receiver does not hold up intake.
 */
class WebhookDeliveriesApiTest {
    /** Lifecycle changes only: deadline events depend on today's date, which these tests do not fix. */
    private static final java.util.Set<WebhookEventType> CHANGES = java.util.Set.of(WebhookEventType.CASE_ASSESSED,
            WebhookEventType.CASE_REPORTED, WebhookEventType.CASE_CLOSED);
    private final WebhookSecret secret = WebhookSecret.generate();
    private CaseStore store;
    private TestReceiver receiver;
    private WebhookDispatcher dispatcher;
    private WebhookOutbox outbox;
    private KasuharaServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = CaseStore.inMemory();
        receiver = new TestReceiver(WebhookVerifier.of(secret));
        outbox = WebhookOutbox.inMemory(store);
        dispatcher = WebhookDispatcher.start(store, outbox, WebhookConfig.of(List.of(WebhookEndpoint.of("helpdesk",
                receiver.url(), secret).withEvents(CHANGES))).withTimeout(Duration.ofSeconds(60)).withPollInterval(Duration.ofMillis(20)));
        server = KasuharaServer.start(KasuharaWeb.builder().store(store).engine(TestServer.engine())
                .settings(WebSettings.of(Map.of("kasuhara.web.port", "0",
                        "kasuhara.web.rateLimit.perMinute", "100000", "kasuhara.web.rateLimit.burst", "100000",
                        "kasuhara.web.apiKey.acme-foods", AccessKeys.hash(TestServer.ACME_KEY),
                        "kasuhara.web.staffKey", AccessKeys.hash(TestServer.STAFF_KEY))))
                .webhooks(outbox).build());
        http = new Http(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
        dispatcher.close();
        receiver.close();
        store.close();
    }

    @Test
    void anIntakeAndAReportReachTheReceiverSignedAndTheLogShowsThem() throws Exception {
        HttpResponse<String> created = http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("HOOK-1", "acme-foods", Samples.THREAT));
        String receipt = json(created).get("receipt").asText();
        http.postJson("/api/v1/cases/" + receipt + "/reported", TestServer.STAFF_KEY, "{}");

        await(() -> receiver.accepted().size() == 2);
        assertThat(receiver.refused()).isEmpty();
        assertThat(receiver.accepted()).allSatisfy(d -> assertThat(d.body()).contains(receipt)
                .doesNotContain("夜道", "ただでは済まない"));
        await(() -> json(http.get("/api/v1/webhooks/deliveries", TestServer.STAFF_KEY)).at("/counts/DELIVERED")
                .asInt() == 2);

        HttpResponse<String> log = http.get("/api/v1/webhooks/deliveries?status=DELIVERED&limit=1",
                TestServer.STAFF_KEY);
        assertThat(log.statusCode()).isEqualTo(200);
        JsonNode deliveries = json(log).get("deliveries");
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("receipt").asText()).isEqualTo(receipt);
        assertThat(deliveries.get(0).get("endpoint").asText()).isEqualTo("helpdesk");
        assertThat(deliveries.get(0).get("type").asText()).isEqualTo("CASE_REPORTED");
        assertThat(log.body()).doesNotContain(receiver.url().toString(), secret.text(), "payload");
    }

    @Test
    void aHangingReceiverDoesNotHoldUpIntake() throws Exception {
        receiver.hang();
        for (int i = 0; i < 3; i++) {
            assertThat(http.postJson("/api/v1/cases", TestServer.ACME_KEY, Samples.caseJson("HOOK-H-" + i,
                    "acme-foods", Samples.POLITE)).statusCode()).isEqualTo(201);
        }
        await(() -> !receiver.attempts().isEmpty());
        assertThat(receiver.accepted()).isEmpty();
        receiver.release();
        await(() -> receiver.accepted().size() == 3);
    }

    @Test
    void aFailedDeliveryIsSentAgainOnTheStaffKeysRequest() throws Exception {
        dispatcher.close();
        dispatcher = WebhookDispatcher.start(store, outbox, WebhookConfig.of(List.of(WebhookEndpoint.of("helpdesk",
                receiver.url(), secret).withEvents(CHANGES))).withMaxAttempts(1).withPollInterval(Duration.ofMillis(20)));
        receiver.answer(500);
        http.postJson("/api/v1/cases", TestServer.ACME_KEY, Samples.caseJson("HOOK-R", "acme-foods", Samples.POLITE));
        await(() -> json(http.get("/api/v1/webhooks/deliveries?status=FAILED", TestServer.STAFF_KEY))
                .at("/counts/FAILED").asInt() == 1);
        long id = json(http.get("/api/v1/webhooks/deliveries?status=FAILED", TestServer.STAFF_KEY))
                .at("/deliveries/0/id").asLong();

        assertThat(http.postJson("/api/v1/webhooks/deliveries/" + id + "/retry", TestServer.ACME_KEY, "")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> retried = http.postJson("/api/v1/webhooks/deliveries/" + id + "/retry",
                TestServer.STAFF_KEY, "");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        await(() -> receiver.accepted().size() == 1);
        await(() -> outbox.counts().get(org.kasuhara.cases.webhooks.DeliveryStatus.DELIVERED) == 1);
        HttpResponse<String> again = http.postJson("/api/v1/webhooks/deliveries/" + id + "/retry",
                TestServer.STAFF_KEY, "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).at("/error/message").asText()).startsWith("status: the delivery is DELIVERED");
        assertThat(http.postJson("/api/v1/webhooks/deliveries/999999/retry", TestServer.STAFF_KEY, "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyTheStaffKeyReadsTheLogAndBadParametersAreNamed() throws Exception {
        assertThat(http.get("/api/v1/webhooks/deliveries", TestServer.ACME_KEY).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/webhooks/deliveries").statusCode()).isEqualTo(401);
        HttpResponse<String> status = http.get("/api/v1/webhooks/deliveries?status=LOST", TestServer.STAFF_KEY);
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(json(status).at("/error/message").asText()).startsWith("status:");
        HttpResponse<String> limit = http.get("/api/v1/webhooks/deliveries?limit=0", TestServer.STAFF_KEY);
        assertThat(json(limit).at("/error/message").asText()).startsWith("limit:");
    }

    @Test
    void aServerWithoutWebhooksSaysSo() throws Exception {
        try (TestServer plain = new TestServer()) {
            HttpResponse<String> r = plain.http().get("/api/v1/webhooks/deliveries", TestServer.STAFF_KEY);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(json(r).at("/error/code").asText()).isEqualTo("webhooks_not_configured");
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return KasuharaJson.mapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
