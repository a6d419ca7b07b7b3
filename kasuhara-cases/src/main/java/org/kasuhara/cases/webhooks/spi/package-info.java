// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * For implementers of a durable webhook delivery log ({@link org.kasuhara.cases.webhooks.spi.WebhookOutbox}), e.g.
 * the JDBC store's tables. Every implementation passes {@code WebhookOutboxContractTest} from
 * {@code kasuhara-cases-tck}.
 */
package org.kasuhara.cases.webhooks.spi;
