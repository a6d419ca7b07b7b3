// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of the webhooks: payloads, backoff, the HTTP sender and the in-memory log. Not API: may change at any time. */
package org.kasuhara.cases.webhooks.internal;
