/**
 * PDF output of the reports: {@link org.kasuhara.pdf.PdfRenderer} turns the XHTML documents of
 * {@code org.kasuhara.cases.report} (case report, monthly totals) into PDF with an embedded Japanese TrueType font.
 */
package org.kasuhara.pdf;
