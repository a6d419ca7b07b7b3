// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where events go: a receiver's URL, the secrets that sign for it (the first is the current one; every one signs, so a
 * receiver keeps working while it rotates), and the event types it takes.
 *
 * @param name    a short name for the delivery log ({@code [a-z0-9-]}, at most 40), never the URL
 * @param url     the receiver, {@code http} or {@code https}
 * @param secrets one or more signing secrets
 * @param events  the event types it takes; all when empty
 */
public record WebhookEndpoint(String name, URI url, List<WebhookSecret> secrets, Set<WebhookEventType> events) {
    /**
     * Checks the fields and copies the collections.
     *
     * @throws IllegalArgumentException when the name, URL or secrets are not usable
     */
    public WebhookEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("webhook endpoint name: expected 1 to 40 of a-z, 0-9 and -");
        }
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("webhook url: expected an absolute http or https URL");
        }
        secrets = List.copyOf(secrets);
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("webhook secret: at least one (whsec_…)");
        }
        events = events == null || events.isEmpty() ? EnumSet.allOf(WebhookEventType.class) : Set.copyOf(events);
    }

    /**
     * @param name   the endpoint's name
     * @param url    the receiver
     * @param secret its signing secret
     * @return an endpoint taking every event type
     */
    public static WebhookEndpoint of(String name, URI url, WebhookSecret secret) {
        return new WebhookEndpoint(name, url, List.of(secret), Set.of());
    }

    /**
     * @param types the event types to take
     * @return a copy taking only those
     */
    public WebhookEndpoint withEvents(Set<WebhookEventType> types) {
        return new WebhookEndpoint(name, url, secrets, types);
    }

    /** @param type an event type @return whether this endpoint takes it */
    public boolean takes(WebhookEventType type) {
        return events.contains(type);
    }
}
