// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Internals of the reports: the builder of the case report, HTML, CSV and chart writers. Not API: may change at any
 * time.
 */
package org.kasuhara.cases.report.internal;
