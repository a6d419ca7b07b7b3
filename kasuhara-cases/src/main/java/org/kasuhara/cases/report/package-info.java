// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Reports of the counter (JHA-2024): the report of one case to the organisation
 * ({@link org.kasuhara.cases.report.CaseReport}) and the monthly totals ({@link org.kasuhara.cases.report.MonthlyReport}),
 * each as JSON, and as a printable HTML document in Japanese or English; the monthly totals also as CSV. Personal
 * data appears in a case report only when the applicant consented to sharing it; otherwise it is replaced by a
 * visible mark ({@link org.kasuhara.cases.report.ReportLanguage#withheld()}). PDF rendering of the HTML documents lives in
 * {@code kasuhara-adapter-pdf}.
 */
package org.kasuhara.cases.report;
