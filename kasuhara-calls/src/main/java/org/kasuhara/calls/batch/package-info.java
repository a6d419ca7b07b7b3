// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Batch analysis of call-detail records (CSV, JSON Lines or JSON, with a field mapping): per-caller findings, per-matter
 * repeat counts, confinement calls and a summary, streamed with memory bounded by the callers active within the
 * repeat window. Thresholds come from a rule set's policy.
 */
package org.kasuhara.calls.batch;
