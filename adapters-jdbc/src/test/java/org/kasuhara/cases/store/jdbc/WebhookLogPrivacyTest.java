// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.cases.tck.StoreFixtures.EMAIL;
import static org.kasuhara.cases.tck.StoreFixtures.NAME;
import static org.kasuhara.cases.tck.StoreFixtures.PHONE;
import static org.kasuhara.cases.tck.StoreFixtures.STAFF;
import static org.kasuhara.cases.tck.StoreFixtures.TEXT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.tck.webhooks.TestReceiver;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.WebhookEndpoint;
import org.kasuhara.cases.webhooks.WebhookEventType;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerifier;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.testing.ConsoleCapture;

/**
 * What the webhooks log — failed attempts, retries, giving up — names receipts, event types and endpoint names only:
 * never personal data, payloads, the receiver's URL or the secret.
 */
class WebhookLogPrivacyTest {
    @TempDir
    Path data;

    @Test
    void failingDeliveriesAreLoggedWithoutPersonalDataUrlsOrSecrets() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        String[] url = new String[1];
        String captured = ConsoleCapture.of(() -> {
            try (JdbcCaseStore store = JdbcCaseStore.h2(data, StoreOptions.defaults());
                 TestReceiver receiver = new TestReceiver(WebhookVerifier.of(secret))) {
                url[0] = receiver.url().toString();
                receiver.answer(500, 500, 500, 500, 500, 500);
                JdbcWebhookOutbox outbox = JdbcWebhookOutbox.of(store);
                try (WebhookDispatcher ignored = WebhookDispatcher.start(store, outbox, WebhookConfig.of(List.of(
                        WebhookEndpoint.of("helpdesk", receiver.url(), secret).withEvents(java.util.Set.of(
                                WebhookEventType.CASE_ASSESSED, WebhookEventType.CASE_CLOSED)))).withMaxAttempts(2)
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                        .withPollInterval(Duration.ofMillis(20)))) {
                    Case c = StoreFixtures.complaint("C-LOG-1", "acme-foods", "2026-11-20T10:03:00+09:00");
                    String receipt = store.intake(c).number();
                    store.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.CUSTOMER_HARASSMENT, true, "v",
                            Behaviour.MENTAL_ATTACK));
                    store.closeCase(receipt, STAFF, CaseOutcome.ESCALATED_TO_POLICE);
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (outbox.counts().get(DeliveryStatus.FAILED) < 2 && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(outbox.counts().get(DeliveryStatus.FAILED)).isEqualTo(2);
                }
            }
        });
        assertThat(captured).contains("webhooks:", "helpdesk", "HTTP 500");
        assertThat(captured).doesNotContain(NAME, PHONE, EMAIL, STAFF, TEXT, url[0], secret.text(),
                "CUSTOMER_HARASSMENT", "C-LOG-1");
    }
}
