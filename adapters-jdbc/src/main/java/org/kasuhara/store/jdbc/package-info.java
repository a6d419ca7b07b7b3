/**
 * A durable {@link org.kasuhara.store.CaseStore} on JDBC: {@link org.kasuhara.store.jdbc.JdbcCaseStore#h2(java.nio.file.Path)}
 * for the zero-setup embedded H2 file database, {@link org.kasuhara.store.jdbc.JdbcCaseStore#create(javax.sql.DataSource,
 * org.kasuhara.store.StoreOptions)} for PostgreSQL or any pooled data source, and
 * {@link org.kasuhara.store.jdbc.JdbcStoreConfig} for settings from any key-value source. The schema is created and
 * upgraded by Flyway on open.
 */
package org.kasuhara.store.jdbc;
