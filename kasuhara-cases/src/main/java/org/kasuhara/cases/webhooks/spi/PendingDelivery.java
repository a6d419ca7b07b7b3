// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.spi;

import java.util.Objects;
import org.kasuhara.cases.webhooks.WebhookEventType;

/**
 * A claimed delivery, ready to send.
 *
 * @param id        the delivery's id in the log
 * @param webhookId the event's {@code webhook-id}
 * @param endpoint  the endpoint's name
 * @param type      the event type
 * @param receipt   the case's receipt number
 * @param payload   the JSON body
 * @param attempts  attempts made before this one
 */
public record PendingDelivery(long id, String webhookId, String endpoint, WebhookEventType type, String receipt,
                              String payload, int attempts) {
    /** Checks the fields. */
    public PendingDelivery {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
