/** Internals of the JDBC case store: transactions, row mapping, SQL. Not API: may change at any time. */
package org.kasuhara.cases.store.jdbc.internal;
