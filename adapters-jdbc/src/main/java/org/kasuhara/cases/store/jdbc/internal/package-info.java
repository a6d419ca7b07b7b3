// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of the JDBC case store: transactions, row mapping, SQL. Not API: may change at any time. */
package org.kasuhara.cases.store.jdbc.internal;
