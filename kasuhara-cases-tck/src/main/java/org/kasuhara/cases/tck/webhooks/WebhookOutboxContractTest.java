// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.tck.StoreContractBase;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.webhooks.DeliveryRecord;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.WebhookEndpoint;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerifier;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;

/**
 * The contract every webhook delivery log passes with the dispatcher, against a real receiver that verifies each
 * signature: events of every committed change arrive signed and without personal data, failed and hanging attempts
 * are retried with the same {@code webhook-id}, a receiver that is down gets everything when it comes back, a restart
 * loses nothing, and a delivery that never succeeds ends as FAILED in the log. Extend it with the store and its log.
 */
public abstract class WebhookOutboxContractTest extends StoreContractBase {
    private static final Set<WebhookEventType> CHANGES = Set.of(WebhookEventType.CASE_ASSESSED,
            WebhookEventType.CASE_REPORTED, WebhookEventType.CASE_CLOSED);

    /** The dispatcher's clock: running, from the store clock's start, so that deadlines fall on known days. */
    protected final Clock dispatcherClock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
    protected final WebhookSecret secret = WebhookSecret.generate();
    protected TestReceiver receiver;
    protected WebhookOutbox outbox;
    private WebhookDispatcher dispatcher;

    /**
     * @param store the store under test
     * @return its delivery log
     */
    protected abstract WebhookOutbox openOutbox(org.kasuhara.cases.store.CaseStore store);

    /**
     * The log after a restart on the same storage; a log in memory returns {@code current}.
     *
     * @param current the log before
     * @param store   the reopened store
     * @return the log to go on with
     */
    protected WebhookOutbox reopenOutbox(WebhookOutbox current, org.kasuhara.cases.store.CaseStore store) {
        return openOutbox(store);
    }

    @BeforeEach
    void startTheReceiver() {
        receiver = new TestReceiver(WebhookVerifier.of(List.of(secret), Duration.ofMinutes(5), dispatcherClock));
        outbox = openOutbox(store);
    }

    /** Stops the dispatcher and the receiver (again: nothing); a subclass that drops storage calls it first. */
    @AfterEach
    protected void stopTheReceiver() {
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
        receiver.close();
    }

    private WebhookConfig config(Set<WebhookEventType> events) {
        return WebhookConfig.of(List.of(new WebhookEndpoint("helpdesk", receiver.url(), List.of(secret), events)))
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100)).withTimeout(Duration.ofMillis(500))
                .withPollInterval(Duration.ofMillis(20));
    }

    private void startDispatcher(WebhookConfig config) {
        dispatcher = WebhookDispatcher.start(store, outbox, config, dispatcherClock);
    }

    private String assessedCase(String id) {
        Case c = StoreFixtures.complaint(id, "acme-foods", "2026-11-20T09:30:00+09:00");
        Receipt receipt = store.intake(c);
        store.addAssessment(receipt.number(), StoreFixtures.assessment(c, Verdict.CUSTOMER_HARASSMENT, true, "v1",
                Behaviour.INTIMIDATION));
        return receipt.number();
    }

    @Test
    void everyChangeReachesTheReceiverSignedAndWithoutPersonalData() throws Exception {
        startDispatcher(config(CHANGES));
        String receipt = assessedCase("WH-1");
        store.markReported(receipt, StoreFixtures.STAFF);
        store.closeCase(receipt, StoreFixtures.STAFF, CaseOutcome.GAVE_UP);

        await(() -> receiver.accepted().size() == 3);
        List<JsonNode> bodies = bodies();
        // deliveries run in parallel: the order of arrival is not promised, the payload's timestamp tells
        assertThat(bodies).extracting(b -> b.get("type").asText())
                .containsExactlyInAnyOrder("case.assessed", "case.reported", "case.closed");
        bodies.sort(java.util.Comparator.comparing(b -> List.of("case.assessed", "case.reported", "case.closed")
                .indexOf(b.get("type").asText())));
        assertThat(bodies.get(0).get("data").get("receipt").asText()).isEqualTo(receipt);
        assertThat(bodies.get(0).get("data").get("caseId").asText()).isEqualTo("WH-1");
        assertThat(bodies.get(0).get("data").get("verdict").asText()).isEqualTo("CUSTOMER_HARASSMENT");
        assertThat(bodies.get(0).get("data").get("severity").asText()).isEqualTo("HIGH");
        assertThat(bodies.get(2).get("data").get("outcome").asText()).isEqualTo("GAVE_UP");
        assertThat(receiver.refused()).isEmpty();
        for (TestReceiver.Delivery d : receiver.accepted()) {
            assertThat(d.webhookId()).startsWith("msg_");
            assertThat(d.body()).doesNotContain(StoreFixtures.NAME, StoreFixtures.PHONE, StoreFixtures.EMAIL,
                    StoreFixtures.STAFF, StoreFixtures.TEXT, "返金してください", "机を叩いた", "新宿店", "CRM-");
        }
        await(() -> outbox.counts().get(DeliveryStatus.DELIVERED) == 3);
    }

    @Test
    void serverErrorsAreRetriedWithTheSameWebhookIdUntilAccepted() throws Exception {
        receiver.answer(500, 503);
        startDispatcher(config(Set.of(WebhookEventType.CASE_ASSESSED)));
        String receipt = assessedCase("WH-2");

        await(() -> receiver.accepted().size() == 1);
        assertThat(receiver.attempts()).hasSize(3).containsOnly(receiver.accepted().get(0).webhookId());
        await(() -> outbox.deliveries(DeliveryStatus.DELIVERED, 10).size() == 1);
        DeliveryRecord record = outbox.deliveries(null, 10).get(0);
        assertThat(record.receipt()).isEqualTo(receipt);
        assertThat(record.attempts()).isEqualTo(3);
        assertThat(record.endpoint()).isEqualTo("helpdesk");
        assertThat(record.deliveredAt()).isNotNull();
    }

    @Test
    void aHangingReceiverTimesOutAndIsRetried() throws Exception {
        receiver.hang();
        startDispatcher(config(Set.of(WebhookEventType.CASE_ASSESSED)));
        assessedCase("WH-3");

        await(() -> outbox.deliveries(null, 10).stream().anyMatch(d -> "timeout".equals(d.lastError())));
        await(() -> receiver.attempts().size() >= 2);
        receiver.release();
        await(() -> receiver.accepted().size() >= 1);
        assertThat(receiver.attempts()).hasSizeGreaterThanOrEqualTo(2).containsOnly(receiver.accepted().get(0)
                .webhookId());
    }

    @Test
    void aHangingReceiverDelaysNeitherIntakeNorAnotherEndpoint() throws Exception {
        try (TestReceiver other = new TestReceiver(WebhookVerifier.of(List.of(secret), Duration.ofMinutes(5),
                dispatcherClock))) {
            receiver.hang();
            WebhookConfig config = WebhookConfig.of(List.of(
                    new WebhookEndpoint("slow", receiver.url(), List.of(secret), CHANGES),
                    new WebhookEndpoint("fast", other.url(), List.of(secret), CHANGES)))
                    .withTimeout(Duration.ofSeconds(30)).withPollInterval(Duration.ofMillis(20));
            startDispatcher(config);
            for (int i = 0; i < 5; i++) {
                assessedCase("WH-4-" + i);
            }
            await(() -> other.accepted().size() == 5);
            assertThat(receiver.accepted()).isEmpty();
            assertThat(store.list(org.kasuhara.cases.store.CaseQuery.all())).hasSize(5);
            receiver.release();
            await(() -> receiver.accepted().size() == 5);
        }
    }

    @Test
    void aDeadReceiverGetsEverythingWhenItComesBack() throws Exception {
        receiver.stop();
        startDispatcher(config(CHANGES).withMaxAttempts(1_000));
        for (int i = 0; i < 3; i++) {
            assessedCase("WH-5-" + i);
        }
        await(() -> outbox.deliveries(null, 10).stream().filter(d -> d.attempts() >= 2).count() == 3);
        assertThat(outbox.deliveries(DeliveryStatus.PENDING, 10)).allSatisfy(d ->
                assertThat(d.lastError()).isEqualTo("connection refused"));
        receiver.start();
        await(() -> receiver.accepted().size() == 3);
        assertThat(receiver.accepted()).extracting(TestReceiver.Delivery::webhookId).doesNotHaveDuplicates();
    }

    @Test
    void aDeliveryThatNeverSucceedsEndsFailedAfterTheLastAttemptUntilSentAgain() throws Exception {
        receiver.answer(500, 500, 500);
        startDispatcher(config(Set.of(WebhookEventType.CASE_ASSESSED)).withMaxAttempts(3));
        assessedCase("WH-6");

        await(() -> outbox.counts().get(DeliveryStatus.FAILED) == 1);
        DeliveryRecord failed = outbox.deliveries(DeliveryStatus.FAILED, 10).get(0);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(receiver.attempts()).hasSize(3);

        // the receiver is fixed: an operator sends it again, a new series of attempts with the same webhook-id
        assertThat(outbox.retry(failed.id(), dispatcherClock.instant())).isTrue();
        assertThat(outbox.retry(failed.id(), dispatcherClock.instant())).isFalse();
        await(() -> receiver.accepted().size() == 1);
        assertThat(receiver.accepted().get(0).webhookId()).isEqualTo(failed.webhookId());
        await(() -> outbox.delivery(failed.id()).orElseThrow().status() == DeliveryStatus.DELIVERED);
        assertThat(outbox.delivery(failed.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(outbox.retry(failed.id(), dispatcherClock.instant())).isFalse();
        assertThat(outbox.retry(987_654L, dispatcherClock.instant())).isFalse();
        assertThat(outbox.delivery(987_654L)).isEmpty();
    }

    @Test
    void changesCommittedWhileNoDispatcherRanAreSentAfterARestart() throws Exception {
        receiver.stop();
        startDispatcher(config(CHANGES).withMaxAttempts(1_000));
        String first = assessedCase("WH-7-1");
        await(() -> outbox.deliveries(null, 10).size() == 1);
        dispatcher.close();
        dispatcher = null;
        String second = assessedCase("WH-7-2");   // committed while nothing sends: only the audit log knows

        store = reopen(store, options());
        outbox = reopenOutbox(outbox, store);
        receiver.start();
        startDispatcher(config(CHANGES));
        await(() -> receiver.accepted().size() == 2);
        assertThat(bodies()).extracting(b -> b.get("data").get("receipt").asText())
                .containsExactlyInAnyOrder(first, second);
        // the receiver records a delivery before it answers, the log after the answer
        await(() -> outbox.counts().get(DeliveryStatus.DELIVERED) == 2);
        assertThat(outbox.deliveries(null, 10)).hasSize(2);
    }

    @Test
    void deadlinesRaiseDueAndOverdueOncePerCase() throws Exception {
        // the dispatcher's today is Fri 2026-11-20: received Tue 17th → due today; Mon 16th → due 19th, overdue
        Case due = StoreFixtures.complaint("WH-8-due", "acme-foods", "2026-11-17T10:00:00+09:00");
        Case late = StoreFixtures.complaint("WH-8-late", "acme-foods", "2026-11-16T10:00:00+09:00");
        String dueReceipt = store.intake(due).number();
        String lateReceipt = store.intake(late).number();
        startDispatcher(config(Set.of(WebhookEventType.CASE_DUE, WebhookEventType.CASE_OVERDUE)));

        await(() -> receiver.accepted().size() == 2);
        List<JsonNode> bodies = bodies();
        assertThat(bodies).anySatisfy(b -> {
            assertThat(b.get("type").asText()).isEqualTo("case.due");
            assertThat(b.get("data").get("receipt").asText()).isEqualTo(dueReceipt);
            assertThat(b.get("data").get("reportDueBy").asText()).isEqualTo("2026-11-20");
        });
        assertThat(bodies).anySatisfy(b -> {
            assertThat(b.get("type").asText()).isEqualTo("case.overdue");
            assertThat(b.get("data").get("receipt").asText()).isEqualTo(lateReceipt);
        });
        dispatcher.close();
        // a poll logs changes, then deadlines, then sends: once the marker arrives, the restarted dispatcher has
        // looked at the deadlines again
        startDispatcher(config(Set.of(WebhookEventType.CASE_DUE, WebhookEventType.CASE_OVERDUE,
                WebhookEventType.CASE_ASSESSED)));
        assessedCase("WH-8-marker");
        await(() -> receiver.accepted().size() == 3);
        assertThat(bodies()).extracting(b -> b.get("type").asText()).containsExactlyInAnyOrder("case.due",
                "case.overdue", "case.assessed");
    }

    @Test
    void anEventIsLoggedOnceHoweverOftenItIsAdded() {
        String receipt = assessedCase("WH-10");
        org.kasuhara.cases.store.AuditEntry change = outbox.unloggedChanges(10).get(0);
        org.kasuhara.cases.webhooks.spi.OutboxEvent event = new org.kasuhara.cases.webhooks.spi.OutboxEvent(
                "audit:" + change.sequence(), change.sequence(), "msg_first", WebhookEventType.CASE_ASSESSED, receipt,
                "{}", Instant.now());
        assertThat(outbox.add(event, List.of("helpdesk", "other"))).isTrue();
        assertThat(outbox.add(new org.kasuhara.cases.webhooks.spi.OutboxEvent(event.key(), change.sequence(),
                "msg_second", event.type(), receipt, "{}", Instant.now()), List.of("helpdesk"))).isFalse();
        assertThat(outbox.unloggedChanges(10)).isEmpty();
        assertThat(outbox.deliveries(null, 10)).hasSize(2).extracting(DeliveryRecord::webhookId)
                .containsOnly("msg_first");
        assertThat(outbox.counts().get(DeliveryStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void twoDispatchersOnOneLogSendEachEventOnce() throws Exception {
        startDispatcher(config(CHANGES));
        try (WebhookDispatcher second = WebhookDispatcher.start(store, outbox, config(CHANGES), dispatcherClock)) {
            for (int i = 0; i < 10; i++) {
                assessedCase("WH-11-" + i);
            }
            await(() -> outbox.counts().get(DeliveryStatus.DELIVERED) == 10);
        }
        assertThat(receiver.attempts()).hasSize(10).doesNotHaveDuplicates();
        assertThat(outbox.deliveries(null, 20)).hasSize(10);
    }

    @Test
    void everySecretSignsWhileOneRotates() throws Exception {
        WebhookSecret next = WebhookSecret.generate();
        try (TestReceiver onlyNew = new TestReceiver(WebhookVerifier.of(List.of(next), Duration.ofMinutes(5),
                dispatcherClock))) {
            startDispatcher(WebhookConfig.of(List.of(
                    new WebhookEndpoint("old", receiver.url(), List.of(secret, next), CHANGES),
                    new WebhookEndpoint("new", onlyNew.url(), List.of(secret, next), CHANGES)))
                    .withPollInterval(Duration.ofMillis(20)));
            assessedCase("WH-9");
            await(() -> receiver.accepted().size() == 1 && onlyNew.accepted().size() == 1);
            assertThat(onlyNew.accepted().get(0).signature().split(" ")).hasSize(2);
        }
    }

    private List<JsonNode> bodies() throws Exception {
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (TestReceiver.Delivery d : receiver.accepted()) {
            bodies.add(KasuharaJson.mapper().readTree(d.body()));
        }
        return bodies;
    }

    /** Waits for a condition the dispatcher brings about in the background (at most 30 s, then fails). */
    protected static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
