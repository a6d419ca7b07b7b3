// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.util.Map;
import org.kasuhara.cases.report.MonthlyReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.MonthlyTotals;

/** The monthly totals as CSV: {@code section,key,label,count}, one row per figure, CRLF line ends. */
public final class MonthlyReportCsv {
    private final MonthlyTotals t;
    private final ReportLanguage l;
    private final MonthlyLabels labels;
    private final StringBuilder out = new StringBuilder(4096);

    /** @param report the report to write */
    public MonthlyReportCsv(MonthlyReport report) {
        this.t = report.totals();
        this.l = report.language();
        this.labels = new MonthlyLabels(l);
    }

    /** @return the CSV text */
    public String render() {
        line("section", "key", "label", "count");
        row("cases", "received", l.of("受付件数", "cases received"), t.cases());
        row("cases", "unassessed", l.of("未判定", "not yet assessed"), t.unassessed());
        t.byVerdict().forEach((v, n) -> row("verdict", v.name(), l.of(v.labelJa(), v.labelEn()), n));
        t.byBehaviour().forEach((b, n) -> row("behaviour", b.name(), labels.behaviour(b), n));
        t.byChannel().forEach((c, n) -> row("channel", c.name(), labels.channel(c), n));
        t.byOrganization().forEach((o, n) -> row("organization", o, labels.organization(o), n));
        for (Map.Entry<String, Map<String, Long>> org : t.bySite().entrySet()) {
            org.getValue().forEach((site, n) -> row("site", org.getKey() + "/" + site,
                    labels.organization(org.getKey()) + " / " + labels.organization(site), n));
        }
        row("police", "recommended", l.of("警察への通報を推奨", "police report recommended"), t.policeReports());
        row("police", "escalated", l.of("警察へ通報済み", "escalated to police"), t.escalatedToPolice());
        t.byOutcome().forEach((o, n) -> row("outcome", o.name(), labels.outcome(o), n));
        row("report", "on_time", l.of("期限内に報告", "reported on time"), t.reportedOnTime());
        row("report", "late", l.of("期限後に報告", "reported late"), t.reportedLate());
        row("report", "not_reported_overdue", l.of("未報告（期限超過）", "not reported, overdue"),
                t.notReportedOverdue());
        row("report", "not_reported_not_yet_due", l.of("未報告（期限前）", "not reported, not yet due"),
                t.notReportedYetDue());
        row("staff", "reviewed", l.of("スタッフが判定を確認", "verdicts reviewed by staff"), t.staffReviewed());
        row("staff", "agreed", l.of("スタッフが判定を支持", "verdicts staff confirmed"), t.staffAgreed());
        line("staff", "agreement_rate", l.of("判定の一致率", "agreement rate"), agreement(t));
        return out.toString();
    }

    /** @param t the totals @return the agreement rate with three decimals, or empty when staff reviewed none */
    static String agreement(MonthlyTotals t) {
        return t.agreementRate().isPresent() ? String.format(java.util.Locale.ROOT, "%.3f",
                t.agreementRate().getAsDouble()) : "";
    }

    private void row(String section, String key, String label, long count) {
        line(section, key, label, Long.toString(count));
    }

    private void line(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** Quotes a field that holds a comma, quote or line break, and one a spreadsheet would take for a formula. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
