/**
 * Thresholds the rules apply (domain.md §3): defaults with their sources, per-organisation overrides, and the
 * {@code policy.yaml} file a compliance team edits without touching rules.
 */
package org.kasuhara.policy;
