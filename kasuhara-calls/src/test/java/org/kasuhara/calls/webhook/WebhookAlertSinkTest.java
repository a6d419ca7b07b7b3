// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;

class WebhookAlertSinkTest {
    private static final CallAlert ALERT = new CallAlert("KH-CALL-002", AlertKind.CONFINEMENT_REACHED,
            Behaviour.CONFINEMENT, Severity.HIGH, "CCAJ-2025", "60 min (14:00–), line 60 min",
            ActionType.END_CONTACT_AFTER_WARNING, false, "c-1", "order-1", null, -1,
            Instant.parse("2026-11-20T06:00:00Z"), "sha256:abc");
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    /** A webhook on 127.0.0.1 that answers the given statuses in turn, then 200. */
    private URI serve(int... statuses) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/alerts", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int n = calls.getAndIncrement();
            exchange.sendResponseHeaders(n < statuses.length ? statuses[n] : 200, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aWebhookThatFailsTwiceGetsTheAlertOnTheThirdAttempt() throws Exception {
        WebhookAlertSink sink = new WebhookAlertSink(serve(503, 500), 5, Duration.ofMillis(5));
        WebhookAlertSink.Delivery delivery = sink.deliver(ALERT).get(30, TimeUnit.SECONDS);
        assertThat(delivery).isEqualTo(new WebhookAlertSink.Delivery(true, 3, 200));
        assertThat(bodies).hasSize(3).allSatisfy(body -> assertThat(body)
                .contains("\"rule\":\"KH-CALL-002\"", "\"kind\":\"CONFINEMENT_REACHED\"",
                        "\"action\":\"END_CONTACT_AFTER_WARNING\"", "\"humanConfirmation\":true",
                        "\"evidence\":\"60 min (14:00–), line 60 min\""));
        assertThat(sink.delivered()).isEqualTo(1);
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpAfterTheLastAttempt() throws Exception {
        WebhookAlertSink sink = new WebhookAlertSink(serve(500, 500, 500, 500), 3, Duration.ofMillis(1));
        assertThat(sink.deliver(ALERT).get(30, TimeUnit.SECONDS))
                .isEqualTo(new WebhookAlertSink.Delivery(false, 3, 500));
        assertThat(sink.failed()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsNotRetried() throws Exception {
        WebhookAlertSink sink = new WebhookAlertSink(serve(400), 5, Duration.ofMillis(1));
        assertThat(sink.deliver(ALERT).get(30, TimeUnit.SECONDS))
                .isEqualTo(new WebhookAlertSink.Delivery(false, 1, 400));
    }

    @Test
    void anUnreachableWebhookIsRetriedThenGivenUp() throws Exception {
        URI closed = serve();
        server.stop(0);
        server = null;
        WebhookAlertSink sink = new WebhookAlertSink(closed, 2, Duration.ofMillis(1));
        assertThat(sink.deliver(ALERT).get(30, TimeUnit.SECONDS))
                .isEqualTo(new WebhookAlertSink.Delivery(false, 2, -1));
    }

    @Test
    void asAListenerItDeliversInTheBackgroundAndFlushes() throws Exception {
        WebhookAlertSink sink = new WebhookAlertSink(serve(502), 3, Duration.ofMillis(1));
        sink.onAlert(ALERT);
        sink.onAlert(ALERT);
        assertThat(sink.flush(Duration.ofSeconds(30))).isTrue();
        assertThat(sink.delivered()).isEqualTo(2);
    }
}
