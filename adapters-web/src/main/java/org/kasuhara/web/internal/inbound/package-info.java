// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Not API, may change at any time: helpdesk ticket webhooks (Zendesk, Freshdesk, ServiceNow) mapped to Case v1 for
 * {@code POST /api/v1/inbound/{vendor}}, and the check of Zendesk's webhook signature.
 */
package org.kasuhara.web.internal.inbound;
