// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How webhooks are sent: the endpoints, the timeout of one attempt, the retries (exponential backoff with jitter, a
 * bounded number of attempts), how many deliveries run at once, and how often the log is polled.
 *
 * @param endpoints      where events go
 * @param timeout        the longest one attempt may take (connect and answer); a receiver that hangs fails then
 * @param maxAttempts    attempts per delivery before it is marked {@link DeliveryStatus#FAILED}
 * @param initialBackoff the wait before the second attempt; each later wait doubles, with random jitter
 * @param maxBackoff     the longest wait between attempts
 * @param concurrency    deliveries in flight at once, across endpoints
 * @param pollInterval   how often the dispatcher looks for new events and due retries
 */
public record WebhookConfig(List<WebhookEndpoint> endpoints, Duration timeout, int maxAttempts,
                            Duration initialBackoff, Duration maxBackoff, int concurrency, Duration pollInterval) {
    /** Defaults: 10 s timeout, 10 attempts, 5 s doubling to at most 1 h (about 5 hours in all), 4 at once, 1 s polls. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(5);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(1);
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException when a duration is not positive, a count is below 1, or two endpoints share a
     *                                  name
     */
    public WebhookConfig {
        endpoints = List.copyOf(endpoints);
        positive(timeout, "timeout");
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        positive(pollInterval, "pollInterval");
        if (maxAttempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("webhooks: maxAttempts and concurrency must be at least 1");
        }
        if (endpoints.stream().map(WebhookEndpoint::name).distinct().count() != endpoints.size()) {
            throw new IllegalArgumentException("webhooks: two endpoints share a name");
        }
    }

    /**
     * @param endpoints where events go
     * @return the defaults for those endpoints
     */
    public static WebhookConfig of(List<WebhookEndpoint> endpoints) {
        return new WebhookConfig(endpoints, DEFAULT_TIMEOUT, DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF,
                DEFAULT_MAX_BACKOFF, DEFAULT_CONCURRENCY, DEFAULT_POLL_INTERVAL);
    }

    /**
     * Reads the settings {@code url} (one or more, separated by spaces or commas; each becomes an endpoint named
     * {@code hook-1}, {@code hook-2}, …), {@code secret} (one or more {@code whsec_…}, separated by spaces: all sign),
     * {@code events} (payload types, separated by commas; all when absent), {@code timeoutSeconds},
     * {@code maxAttempts} and {@code concurrency}; {@code kasuhara serve} reads them as {@code kasuhara.webhooks.*}
     * or {@code KASUHARA_WEBHOOKS_*}.
     *
     * @param setting the value of a key, or {@code null} when absent
     * @return the configuration, with no endpoints when {@code url} is absent
     * @throws IllegalArgumentException naming the key when a value is invalid, or when a URL has no secret
     */
    public static WebhookConfig fromSettings(Function<String, String> setting) {
        String urls = blankToNull(setting.apply("url"));
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        if (urls != null) {
            String secretText = blankToNull(setting.apply("secret"));
            if (secretText == null) {
                throw new IllegalArgumentException("webhooks.secret: required with webhooks.url (whsec_…)");
            }
            List<WebhookSecret> secrets = new ArrayList<>();
            for (String s : secretText.strip().split("[\\s]+")) {
                secrets.add(WebhookSecret.parse(s));
            }
            Set<WebhookEventType> events = events(blankToNull(setting.apply("events")));
            int n = 0;
            for (String url : urls.strip().split("[\\s,]+")) {
                URI uri;
                try {
                    uri = URI.create(url);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("webhooks.url: not a URL");
                }
                endpoints.add(new WebhookEndpoint("hook-" + (++n), uri, secrets, events));
            }
        }
        return new WebhookConfig(endpoints,
                Duration.ofSeconds(number(setting, "timeoutSeconds", DEFAULT_TIMEOUT.toSeconds())),
                (int) number(setting, "maxAttempts", DEFAULT_MAX_ATTEMPTS), DEFAULT_INITIAL_BACKOFF,
                DEFAULT_MAX_BACKOFF, (int) number(setting, "concurrency", DEFAULT_CONCURRENCY), DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param value the new backoff bounds (tests use milliseconds)
     * @param max   the longest wait
     * @return a copy with those
     */
    public WebhookConfig withBackoff(Duration value, Duration max) {
        return new WebhookConfig(endpoints, timeout, maxAttempts, value, max, concurrency, pollInterval);
    }

    /** @param value the timeout of one attempt @return a copy with it */
    public WebhookConfig withTimeout(Duration value) {
        return new WebhookConfig(endpoints, value, maxAttempts, initialBackoff, maxBackoff, concurrency, pollInterval);
    }

    /** @param value attempts per delivery @return a copy with it */
    public WebhookConfig withMaxAttempts(int value) {
        return new WebhookConfig(endpoints, timeout, value, initialBackoff, maxBackoff, concurrency, pollInterval);
    }

    /** @param value deliveries at once @return a copy with it */
    public WebhookConfig withConcurrency(int value) {
        return new WebhookConfig(endpoints, timeout, maxAttempts, initialBackoff, maxBackoff, value, pollInterval);
    }

    /** @param value how often to poll @return a copy with it */
    public WebhookConfig withPollInterval(Duration value) {
        return new WebhookConfig(endpoints, timeout, maxAttempts, initialBackoff, maxBackoff, concurrency, value);
    }

    private static Set<WebhookEventType> events(String list) {
        if (list == null) {
            return EnumSet.allOf(WebhookEventType.class);
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : list.strip().split("[\\s,]+")) {
            types.add(WebhookEventType.of(name).orElseThrow(() -> new IllegalArgumentException(
                    "webhooks.events: expected some of case.assessed, case.due, case.overdue, case.reported,"
                            + " case.closed")));
        }
        return types;
    }

    private static long number(Function<String, String> setting, String key, long fallback) {
        String value = blankToNull(setting.apply(key));
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the error naming the key
        }
        throw new IllegalArgumentException("webhooks." + key + ": expected a whole number from 1 to 10000");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void positive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isZero() || value.isNegative()) {
            throw new IllegalArgumentException("webhooks: " + name + " must be positive");
        }
    }
}
