package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.jdbc.JdbcWebhookOutbox;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerificationException;
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
    private final List<String> verified = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startTheReceiver() throws Exception {
        WebhookVerifier verifier = WebhookVerifier.of(secret);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = 204;
            try {
                verifier.verify(exchange.getRequestHeaders(), body);
                verified.add(new String(body, StandardCharsets.UTF_8));
            } catch (WebhookVerificationException e) {
                status = 401;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.stop(0);
    }

    private SpringApplication application() {
        return new SpringApplication(TestApplication.class);
    }

    @Test
    void aCaseTakenInReachesTheReceiverSigned() throws Exception {
        try (ConfigurableApplicationContext context = application().run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:webhooks-1;DB_CLOSE_DELAY=-1",
                "--kasuhara.rules=" + TestCases.ruleFolder(rules),
                "--kasuhara.webhooks.url=http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "--kasuhara.webhooks.secret=" + secret.text(), "--kasuhara.webhooks.events=case.assessed",
                "--kasuhara.webhooks.max-attempts=3")) {
            assertThat(context.getBean(WebhookOutbox.class)).isInstanceOf(JdbcWebhookOutbox.class);
            String receipt = context.getBean(CaseIntake.class).receive(TestCases.callOf("C-HOOK", 75), null)
                    .receipt().number();
            for (int i = 0; i < 300 && verified.isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(verified).hasSize(1);
            assertThat(verified.get(0)).contains("\"type\":\"case.assessed\"", receipt, "CUSTOMER_HARASSMENT");
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
