// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a received delivery the Standard Webhooks way, for receivers written in Java: the three headers are there,
 * {@code webhook-timestamp} is within the tolerance of the receiver's clock (against replays), and one of the
 * space-separated {@code v1,} signatures of {@code webhook-signature} is an HMAC-SHA256 of {@code id.timestamp.body}
 * under one of the secrets (several during a rotation). Signatures are compared in constant time. Thread-safe.
 * <pre>
 * WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.parse(System.getenv("KASUHARA_WEBHOOK_SECRET")));
 * verifier.verify(request.headers(), bodyBytes);   // throws WebhookVerificationException
 * </pre>
 */
public final class WebhookVerifier {
    /** The default tolerance between the sender's timestamp and the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final List<WebhookSecret> secrets;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookVerifier(List<WebhookSecret> secrets, Duration tolerance, Clock clock) {
        this.secrets = secrets;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * @param secrets the endpoint's secrets (more than one while rotating)
     * @return a verifier with the {@linkplain #DEFAULT_TOLERANCE default tolerance} and the system clock
     * @throws IllegalArgumentException when no secret is given
     */
    public static WebhookVerifier of(WebhookSecret... secrets) {
        return of(List.of(secrets), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * @param secrets   the endpoint's secrets
     * @param tolerance how far the timestamp may be from the clock, either way
     * @param clock     the receiver's clock
     * @return the verifier
     * @throws IllegalArgumentException when no secret is given or the tolerance is negative
     */
    public static WebhookVerifier of(List<WebhookSecret> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("secrets: at least one");
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance: must not be negative");
        }
        return new WebhookVerifier(List.copyOf(secrets), tolerance, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param headers the request's headers, names in any case (e.g. {@code HttpExchange.getRequestHeaders()})
     * @param body    the exact body bytes
     * @throws WebhookVerificationException when the delivery is not authentic or not fresh
     */
    public void verify(Map<String, List<String>> headers, byte[] body) {
        verify(header(headers, "webhook-id"), header(headers, "webhook-timestamp"),
                header(headers, "webhook-signature"), body);
    }

    /**
     * @param id         the {@code webhook-id} header
     * @param timestamp  the {@code webhook-timestamp} header
     * @param signatures the {@code webhook-signature} header
     * @param body       the exact body bytes
     * @throws WebhookVerificationException when the delivery is not authentic or not fresh
     */
    public void verify(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || id.isEmpty() || timestamp == null || signatures == null || body == null) {
            throw new WebhookVerificationException("missing webhook-id, webhook-timestamp, webhook-signature or body");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp: expected seconds since the epoch");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            throw new WebhookVerificationException("webhook-timestamp: outside the tolerance of " + tolerance);
        }
        for (String candidate : signatures.strip().split(" +")) {
            if (!candidate.startsWith("v1,")) {
                continue;   // other versions (v1a: asymmetric) are not ours
            }
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(candidate.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (WebhookSecret secret : secrets) {
                if (secret.matches(id, seconds, body, signature)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException("webhook-signature: no valid v1 signature");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
