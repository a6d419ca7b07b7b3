// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The counter's memory: the {@link org.kasuhara.cases.store.CaseStore} SPI that keeps every case exactly as received,
 * its assessments, its status from receipt to closing, an append-only audit log, report deadlines, monthly
 * statistics, retention and applicant export. Implementations: {@link org.kasuhara.cases.store.CaseStore#inMemory()}
 * here, a JDBC store in {@code kasuhara-adapter-jdbc}; every implementation passes the same contract test kit
 * ({@code CaseStoreContractTest} in core's test-jar).
 */
package org.kasuhara.cases.store;
