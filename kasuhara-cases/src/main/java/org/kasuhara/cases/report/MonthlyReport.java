// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.cases.report.internal.MonthlyReportCsv;
import org.kasuhara.cases.report.internal.MonthlyReportHtml;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.MonthlyTotals;

/**
 * The counter's monthly totals (JHA-2024) as a report: JSON, CSV and a printable document with bar charts.
 * Anonymous: it holds counts only, never a case's personal data. Made from the store's streamed totals, so a month of
 * a million cases is never held in memory.
 *
 * @param language    the language of labels
 * @param generatedAt when the report was made
 * @param totals      the totals reported
 */
public record MonthlyReport(ReportLanguage language, OffsetDateTime generatedAt, MonthlyTotals totals) {

    /** The UTF-8 byte order mark that {@link #toCsvBytes()} starts with, so that Excel reads the CSV as UTF-8. */
    public static final String BOM = "\uFEFF";

    /** Checks the fields. */
    public MonthlyReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * Totals a month of a store, as of today in the store calendar's zone.
     *
     * @param store        the case store
     * @param month        the month of receipt
     * @param organization only this organisation, or {@code null} for all
     * @param language     the language of labels
     * @return the report
     * @throws NullPointerException when store, month or language is null
     */
    public static MonthlyReport of(CaseStore store, YearMonth month, String organization, ReportLanguage language) {
        Objects.requireNonNull(month, "month");
        MonthlyTotals totals = store.monthlyTotals(month, organization);
        ZoneId zone = store.options().calendar().zone();
        return new MonthlyReport(language, OffsetDateTime.now(store.options().clock().withZone(zone)), totals);
    }

    /**
     * The month a monthly report is normally made for: the one before today's, in the given zone.
     *
     * @param clock today
     * @param zone  the counter's zone (Asia/Tokyo)
     * @return the previous month
     */
    public static YearMonth previousMonth(Clock clock, ZoneId zone) {
        return YearMonth.now(clock.withZone(zone)).minusMonths(1);
    }

    /** @return the report as one JSON object: language, time made, and the totals */
    public String toJson() {
        return KasuharaJson.toJson(this);
    }

    /**
     * The totals as CSV (RFC 4180, CRLF line ends) with the header {@code section,key,label,count}: one row per
     * figure, sections {@code cases, verdict, behaviour, channel, organization, site, police, outcome, report};
     * {@code key} is the stable code, {@code label} its name in the report's language.
     *
     * @return the CSV text, without a byte order mark
     */
    public String toCsv() {
        return new MonthlyReportCsv(this).render();
    }

    /** @return {@link #toCsv()} as UTF-8 bytes preceded by {@link #BOM}, which Excel needs to read Japanese */
    public byte[] toCsvBytes() {
        return (BOM + toCsv()).getBytes(StandardCharsets.UTF_8);
    }

    /** @return a printable XHTML document with tables and bar charts, renderable as PDF by kasuhara-adapter-pdf */
    public String toHtml() {
        return new MonthlyReportHtml(this).render();
    }
}
