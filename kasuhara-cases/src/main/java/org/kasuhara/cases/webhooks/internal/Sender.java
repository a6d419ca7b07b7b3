// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.kasuhara.cases.webhooks.WebhookEndpoint;
import org.kasuhara.cases.webhooks.spi.PendingDelivery;

/**
 * Sends one delivery over the JDK's HTTP client: signed afresh for each attempt (a new {@code webhook-timestamp}, the
 * same {@code webhook-id}), no redirects followed, the answer's body discarded unread, and the whole exchange cut off
 * after the timeout however slowly the receiver trickles.
 */
public final class Sender {
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param timeout the longest one attempt may take
     * @param clock   the clock of {@code webhook-timestamp}
     */
    public Sender(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * What one attempt came to.
     *
     * @param status the receiver's HTTP status, or {@code null} when it did not answer
     * @param error  why it failed, or {@code null} when the status is 2xx
     */
    public record Outcome(Integer status, String error) {
        /** @return whether the receiver accepted the delivery */
        public boolean delivered() {
            return error == null;
        }
    }

    /**
     * @param endpoint where to send
     * @param delivery what to send
     * @return the outcome; never throws for the receiver's failures
     */
    public Outcome send(WebhookEndpoint endpoint, PendingDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        String signatures = endpoint.secrets().stream().map(s -> s.sign(delivery.webhookId(), timestamp, body))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "kasuhara-webhooks")
                .header("webhook-id", delivery.webhookId()).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request,
                HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS).statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null) : new Outcome(status, "HTTP " + status);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome(null, "timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome(null, cause instanceof java.net.http.HttpTimeoutException ? "timeout"
                    : cause instanceof java.net.ConnectException ? "connection refused"
                    : "no answer (" + cause.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
