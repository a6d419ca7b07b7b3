// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * A durable {@link org.kasuhara.cases.store.CaseStore} on JDBC: {@link org.kasuhara.cases.store.jdbc.JdbcCaseStore#h2(java.nio.file.Path)}
 * for the zero-setup embedded H2 file database, {@link org.kasuhara.cases.store.jdbc.JdbcCaseStore#create(javax.sql.DataSource,
 * org.kasuhara.cases.store.StoreOptions)} for PostgreSQL or any pooled data source, and
 * {@link org.kasuhara.cases.store.jdbc.JdbcStoreConfig} for settings from any key-value source. The schema is created and
 * upgraded by Flyway on open.
 */
package org.kasuhara.cases.store.jdbc;
