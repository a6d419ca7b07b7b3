// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Delivering call alerts to a CRM or chat tool over HTTP: {@link org.kasuhara.calls.webhook.WebhookAlertSink}
 * posts each alert as JSON, off the monitor's thread, with retries and backoff.
 */
package org.kasuhara.calls.webhook;
