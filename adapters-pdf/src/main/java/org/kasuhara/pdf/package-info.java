// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * PDF output of the reports: {@link org.kasuhara.pdf.PdfRenderer} turns the XHTML documents of
 * {@code org.kasuhara.cases.report} (case report, monthly totals) into PDF with an embedded Japanese TrueType font.
 */
package org.kasuhara.pdf;
