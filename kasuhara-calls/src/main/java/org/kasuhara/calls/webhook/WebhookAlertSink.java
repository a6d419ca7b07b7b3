// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitorListener;
import org.kasuhara.json.KasuharaJson;

/**
 * Posts every alert as JSON to a webhook, off the monitor's thread, retrying with exponential backoff (first
 * backoff, then twice that, …) on connection errors, 5xx and 429. Other 4xx are not retried: the request is wrong
 * and would stay wrong. Alerts hold no caller number, so neither does the webhook.
 */
public final class WebhookAlertSink implements CallMonitorListener {
    /** Attempts per alert by default, the first included. */
    public static final int DEFAULT_ATTEMPTS = 5;
    /** The first backoff by default. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(200);

    /**
     * The outcome of one alert's delivery.
     *
     * @param delivered whether the webhook accepted it (2xx)
     * @param attempts  how many requests were sent
     * @param status    the last HTTP status, or -1 when the last attempt failed to connect
     */
    public record Delivery(boolean delivered, int attempts, int status) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final int attempts;
    private final Duration backoff;
    private final Set<CompletableFuture<Delivery>> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * @param endpoint the webhook's URL
     * @param attempts attempts per alert, 1–20
     * @param backoff  the wait before the first retry; doubled for each next one
     * @throws IllegalArgumentException when attempts is out of range or the backoff negative
     */
    public WebhookAlertSink(URI endpoint, int attempts, Duration backoff) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        if (attempts < 1 || attempts > 20) {
            throw new IllegalArgumentException("attempts: must be between 1 and 20, was " + attempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff: must not be negative, was " + backoff);
        }
        this.attempts = attempts;
        this.backoff = backoff;
    }

    @Override
    public void onAlert(CallAlert alert) {
        deliver(alert);
    }

    /**
     * Posts one alert, retrying as needed.
     *
     * @param alert the alert
     * @return the outcome, when known
     */
    public CompletableFuture<Delivery> deliver(CallAlert alert) {
        byte[] body;
        try {
            body = KasuharaJson.mapper().writeValueAsBytes(alert);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write alert " + alert.rule() + " as JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        inFlight.add(result);
        attempt(request, 1, result);
        return result;
    }

    private void attempt(HttpRequest request, int attempt, CompletableFuture<Delivery> result) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            int status = response == null ? -1 : response.statusCode();
            if (status >= 200 && status < 300) {
                finish(result, new Delivery(true, attempt, status));
                return;
            }
            boolean retryable = status == -1 || status == 429 || status >= 500;
            if (!retryable || attempt >= attempts) {
                finish(result, new Delivery(false, attempt, status));
                return;
            }
            long wait = backoff.toMillis() << Math.min(attempt - 1, 16);
            CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)
                    .execute(() -> attempt(request, attempt + 1, result));
        });
    }

    /** Counts first, so that whoever waits on the delivery sees the counters include it. */
    private void finish(CompletableFuture<Delivery> result, Delivery delivery) {
        (delivery.delivered() ? delivered : failed).incrementAndGet();
        inFlight.remove(result);
        result.complete(delivery);
    }

    /**
     * Waits until every alert handed over so far is delivered or given up.
     *
     * @param timeout how long to wait at most
     * @return whether all finished in time
     * @throws InterruptedException when interrupted
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;   // deliveries complete normally; nothing throws
        }
    }

    /** @return alerts the webhook accepted */
    public long delivered() {
        return delivered.get();
    }

    /** @return alerts given up on after the last attempt, or refused (4xx) */
    public long failed() {
        return failed.get();
    }
}
