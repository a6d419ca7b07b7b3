// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Outbound webhooks signed per the Standard Webhooks specification: events of the case lifecycle
 * ({@link org.kasuhara.cases.webhooks.WebhookEventType}) are written to a durable delivery log (the outbox) in the
 * case store's database and sent by a {@link org.kasuhara.cases.webhooks.WebhookDispatcher} in the background, with
 * retries, so that intake never waits for a receiver. Receivers check deliveries with
 * {@link org.kasuhara.cases.webhooks.WebhookVerifier}.
 */
package org.kasuhara.cases.webhooks;
