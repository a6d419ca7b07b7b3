// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Thresholds the rules apply (CCAJ-2025 and MHLW-2022 p.9): defaults with their sources, per-organisation overrides, and the
 * {@code policy.yaml} file a compliance team edits without touching rules.
 */
package org.kasuhara.policy;
