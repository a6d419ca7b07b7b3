// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.kasuhara.cases.report.MonthlyReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.MonthlyTotals;

/** The printable document of a {@link MonthlyReport}: summary, bar charts per verdict, behaviour, channel and
 * organisation, sites, police and report deadlines. */
public final class MonthlyReportHtml {
    private final MonthlyReport report;
    private final MonthlyTotals t;
    private final ReportLanguage l;
    private final MonthlyLabels labels;
    private final Html html;

    /** @param report the report to write */
    public MonthlyReportHtml(MonthlyReport report) {
        this.report = report;
        this.t = report.totals();
        this.l = report.language();
        this.labels = new MonthlyLabels(l);
        this.html = new Html(l);
    }

    /** @return the XHTML document */
    public String render() {
        String scope = t.organization() == null ? l.of("全組織", "all organisations") : t.organization();
        String title = l.of("月次集計 ", "Monthly totals, ") + labels.month(t.month()) + l.of("（", " (") + scope
                + l.of("）", ")");
        html.start(title).element("h1", null, l.of("カスタマーハラスメント相談窓口　", "Customer harassment counter — ")
                + title);
        html.element("p", "note", l.of("集計日: ", "As of: ") + t.asOf() + "　" + l.of("作成日時: ", "Made: ")
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(report.generatedAt())
                + l.of("　受付月は Asia/Tokyo の暦で数えます。件数のみで個人情報は含みません。",
                " — the month of receipt is counted in Asia/Tokyo; counts only, no personal data."));
        summary();
        charts();
        sites();
        return html.finish();
    }

    private void summary() {
        html.element("h2", null, l.of("概要", "Summary")).open("table", null)
                .row(l.of("受付件数", "Cases received"), Long.toString(t.cases()))
                .row(l.of("未判定", "Not yet assessed"), Long.toString(t.unassessed()))
                .row(l.of("警察への通報を推奨", "Police report recommended"), Long.toString(t.policeReports()))
                .row(l.of("警察へ通報済み", "Escalated to the police"), Long.toString(t.escalatedToPolice()))
                .row(l.of("期限内に報告", "Reported on time"), Long.toString(t.reportedOnTime()))
                .row(l.of("期限後に報告", "Reported late"), Long.toString(t.reportedLate()))
                .row(l.of("未報告（期限超過）", "Not reported, overdue"), Long.toString(t.notReportedOverdue()))
                .row(l.of("未報告（期限前）", "Not reported, not yet due"), Long.toString(t.notReportedYetDue()))
                .row(l.of("スタッフが判定を確認した件数", "Verdicts reviewed by staff"), Long.toString(t.staffReviewed()))
                .row(l.of("判定の一致率（スタッフが支持）", "Agreement rate (staff confirmed)"),
                        t.agreementRate().isPresent() ? String.format(java.util.Locale.ROOT, "%.1f %% (%d / %d)",
                                t.agreementRate().getAsDouble() * 100, t.staffAgreed(), t.staffReviewed()) : "—")
                .close("table");
    }

    private void charts() {
        String count = l.of("件数", "Cases");
        BarChart verdicts = new BarChart();
        t.byVerdict().forEach((v, n) -> verdicts.bar(l.of(v.labelJa(), v.labelEn()), n));
        chart(l.of("判定別", "By verdict"), l.of("判定", "Verdict"), count, verdicts);
        BarChart behaviours = new BarChart();
        t.byBehaviour().forEach((b, n) -> behaviours.bar(labels.behaviour(b), n));
        chart(l.of("行為類型別", "By behaviour"), l.of("行為類型", "Behaviour"), count, behaviours);
        BarChart channels = new BarChart();
        t.byChannel().forEach((c, n) -> channels.bar(labels.channel(c), n));
        chart(l.of("受付経路別", "By channel"), l.of("受付経路", "Channel"), count, channels);
        BarChart organizations = new BarChart();
        t.byOrganization().forEach((o, n) -> organizations.bar(labels.organization(o), n));
        chart(l.of("組織別", "By organisation"), l.of("組織", "Organisation"), count, organizations);
        BarChart outcomes = new BarChart();
        t.byOutcome().forEach((o, n) -> outcomes.bar(labels.outcome(o), n));
        chart(l.of("結果別（終了した案件）", "By outcome (closed cases)"), l.of("結果", "Outcome"), count, outcomes);
        BarChart deadlines = new BarChart()
                .bar(l.of("期限内", "On time"), t.reportedOnTime())
                .bar(l.of("期限後", "Late"), t.reportedLate())
                .bar(l.of("未報告・期限超過", "Not reported, overdue"), t.notReportedOverdue())
                .bar(l.of("未報告・期限前", "Not reported, not yet due"), t.notReportedYetDue());
        chart(l.of("組織への報告（3営業日以内）", "Reports to organisations (within 3 business days)"),
                l.of("報告", "Report"), count, deadlines);
    }

    private void chart(String heading, String labelHeading, String countHeading, BarChart chart) {
        html.element("h2", null, heading);
        if (chart.isEmpty()) {
            html.element("p", null, l.of("該当なし", "None"));
        } else {
            chart.writeTo(html, labelHeading, countHeading);
        }
    }

    private void sites() {
        html.element("h2", null, l.of("支店・店舗別", "By branch or store"));
        if (t.bySite().isEmpty()) {
            html.element("p", null, l.of("該当なし", "None"));
            return;
        }
        html.open("table", null).cells("th", l.of("組織", "Organisation"), l.of("支店・店舗", "Branch or store"),
                l.of("件数", "Cases"));
        for (Map.Entry<String, Map<String, Long>> org : t.bySite().entrySet()) {
            org.getValue().forEach((site, n) -> html.cells("td", labels.organization(org.getKey()),
                    labels.organization(site), n));
        }
        html.close("table");
    }
}
