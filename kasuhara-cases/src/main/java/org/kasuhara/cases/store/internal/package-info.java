// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Internals of the case store: the in-memory implementation and its monthly totals. Not API: may
 * change at any time.
 */
package org.kasuhara.cases.store.internal;
