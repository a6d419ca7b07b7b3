// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * For implementers of {@link org.kasuhara.cases.store.CaseStore}: the lifecycle rules and audit wording, and the
 * receipt-number format, that every store shares so that all stores allow, refuse and record the same changes.
 * Public and stable for store implementations (the JDBC store uses it); embedders that only use a store do not
 * need it. Every implementation proves it follows these rules by passing {@code kasuhara-cases-tck}.
 */
package org.kasuhara.cases.store.spi;
