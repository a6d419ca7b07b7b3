// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.jdbc.JdbcWebhookOutbox;
import org.kasuhara.cases.tck.webhooks.TestReceiver;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerifier;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.kasuhara.spring.app.TestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code kasuhara.webhooks.*}: a case taken in by the application reaches a receiver that verifies its signature. */
class WebhooksTest {
    @TempDir
    Path rules;

    private final WebhookSecret secret = WebhookSecret.generate();
    private TestReceiver receiver;

    @BeforeEach
    void startTheReceiver() throws Exception {
        receiver = new TestReceiver(WebhookVerifier.of(secret));
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    private SpringApplication application() {
        return new SpringApplication(TestApplication.class);
    }

    @Test
    void aCaseTakenInReachesTheReceiverSigned() throws Exception {
        try (ConfigurableApplicationContext context = application().run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:webhooks-1;DB_CLOSE_DELAY=-1",
                "--kasuhara.rules=" + TestCases.ruleFolder(rules),
                "--kasuhara.webhooks.url=" + receiver.url(),
                "--kasuhara.webhooks.secret=" + secret.text(), "--kasuhara.webhooks.events=case.assessed",
                "--kasuhara.webhooks.max-attempts=3")) {
            assertThat(context.getBean(WebhookOutbox.class)).isInstanceOf(JdbcWebhookOutbox.class);
            String receipt = context.getBean(CaseIntake.class).receive(TestCases.callOf("C-HOOK", 75), null)
                    .receipt().number();
            for (int i = 0; i < 300 && receiver.accepted().isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(receiver.accepted()).hasSize(1);
            assertThat(receiver.accepted().get(0).body()).contains("\"type\":\"case.assessed\"", receipt, "CUSTOMER_HARASSMENT");
        }
    }

    @Test
    void withoutAUrlThereAreNoWebhooksAndAUrlWithoutASecretStopsTheStart() {
        try (ConfigurableApplicationContext context = application().run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:webhooks-2;DB_CLOSE_DELAY=-1",
                "--kasuhara.rules=" + TestCases.ruleFolder(rules))) {
            assertThat(context.getBeansOfType(WebhookDispatcher.class)).isEmpty();
        }
        assertThatThrownBy(() -> application().run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:webhooks-3;DB_CLOSE_DELAY=-1",
                "--kasuhara.rules=" + TestCases.ruleFolder(rules),
                "--kasuhara.webhooks.url=http://127.0.0.1:9/hook")).hasStackTraceContaining("webhooks.secret");
    }
}
