// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Batch analysis internals: parsers, the sliding-window aggregator, the external sort. Not API. */
package org.kasuhara.calls.batch.internal;
