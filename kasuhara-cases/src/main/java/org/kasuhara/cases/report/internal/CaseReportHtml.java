// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.kasuhara.cases.report.CaseReport;
import org.kasuhara.cases.report.ReportAdvice;
import org.kasuhara.cases.report.ReportApplicant;
import org.kasuhara.cases.report.ReportContact;
import org.kasuhara.cases.report.ReportFinding;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.report.ReportObservation;
import org.kasuhara.cases.report.ReportRequest;

/** The printable document of a {@link CaseReport}: the contents of JHA-2024 in the report's language. */
public final class CaseReportHtml {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseReport report;
    private final ReportLanguage l;
    private final Html html;

    /** @param report the report to write */
    public CaseReportHtml(CaseReport report) {
        this.report = report;
        this.l = report.language();
        this.html = new Html(l);
    }

    /** @return the XHTML document */
    public String render() {
        String title = l.of("案件報告書", "Case report") + " " + report.receipt();
        html.start(title).element("h1", null, l.of("カスタマーハラスメント相談窓口　案件報告書",
                "Customer harassment counter — case report"));
        html.element("p", "note", l.of("作成日時: ", "Made: ") + time(report.generatedAt()) + "　"
                + l.of("この報告書は判定の下書きを含みます。担当者が確認してください。法的助言ではありません。",
                "This report contains a draft assessment for a person to confirm. It is not legal advice."));
        receipt();
        applicant();
        contacts();
        complaint();
        findings();
        advice();
        footer();
        return html.finish();
    }

    private void receipt() {
        html.element("h2", null, l.of("受付", "Receipt")).open("table", null)
                .row(l.of("受付番号", "Receipt number"), report.receipt())
                .row(l.of("案件ID", "Case id"), report.caseId())
                .row(l.of("受付日時", "Received"), time(report.receivedAt()))
                .row(l.of("受付経路", "Channel"), ChannelNames.of(report.channel(), l))
                .row(l.of("組織への報告期限", "Report to the organisation due by"), report.reportDueBy().toString())
                .row(l.of("状態", "Status"), l.of(report.status().labelJa(), report.status().labelEn()))
                .row(l.of("組織", "Organisation"), report.organization())
                .row(l.of("支店・店舗", "Branch or store"), report.site())
                .row(l.of("案件", "Matter"), report.matter())
                .close("table");
    }

    private void applicant() {
        ReportApplicant a = report.applicant();
        String kind = a.anonymous() == null ? null
                : a.anonymous() ? l.of("匿名", "Anonymous") : l.of("記名", "Named");
        html.element("h2", null, l.of("申出者", "Applicant")).open("table", null)
                .row(l.of("匿名・記名", "Anonymous or named"), kind)
                .row(l.of("氏名", "Name"), a.name())
                .row(l.of("電話番号", "Phone"), a.phone())
                .row(l.of("メールアドレス", "E-mail"), a.email())
                .row(l.of("顧客番号", "Customer reference"), a.customerRef())
                .row(l.of("フィードバックの希望", "Feedback wanted"), yesNo(a.wantsFeedback()))
                .row(l.of("組織への個人情報の開示", "Personal data shared with the organisation"),
                        a.consentToShare() ? l.of("同意あり", "consented") : l.of("同意なし", "no consent"))
                .close("table");
    }

    private void contacts() {
        html.element("h2", null, l.of("日時と対応した職員", "Date, time and staff"));
        if (report.contacts().isEmpty()) {
            html.element("p", null, l.of("接触の記録はありません。", "No contact was recorded."));
            return;
        }
        html.open("table", null).cells("th", l.of("日時", "When"), l.of("経路", "Channel"), l.of("時間", "Length"),
                l.of("職員", "Staff"), l.of("退去・終了の要請", "Asked to leave or end"));
        for (ReportContact c : report.contacts()) {
            String when = c.start() == null ? null
                    : time(c.start()) + (c.end() == null ? "" : " – " + c.end().toLocalTime());
            html.cells("td", when, ChannelNames.of(c.channel(), l),
                    c.minutes() > 0 ? c.minutes() + l.of("分", " min") : null, c.staff(), c.exitRequests());
        }
        html.close("table");
    }

    private void complaint() {
        html.element("h2", null, l.of("申出の内容と要求", "The complaint and requests"));
        int n = 1;
        for (ReportContact c : report.contacts()) {
            if (c.text() != null) {
                html.element("h3", null, l.of("接触 ", "Contact ") + n);
                html.open("p", "text").text(c.text()).close("p");
            }
            n++;
        }
        if (!report.requests().isEmpty()) {
            html.open("table", null).cells("th", l.of("要求", "Request"), l.of("金額（円）", "Amount (yen)"),
                    l.of("申出者の言葉", "In the applicant's words"));
            for (ReportRequest r : report.requests()) {
                html.cells("td", r.name(), r.amountYen(), r.text());
            }
            html.close("table");
        }
        if (!report.observations().isEmpty()) {
            html.open("table", null).cells("th", l.of("職員が確認した行為", "Behaviour staff saw"),
                    l.of("メモ", "Note"), l.of("職員", "Staff"));
            for (ReportObservation o : report.observations()) {
                html.cells("td", o.name(), o.note(), o.staff());
            }
            html.close("table");
        }
    }

    private void findings() {
        html.element("h2", null, l.of("窓口の見解", "The counter's findings"));
        if (report.verdict() == null) {
            html.element("p", "verdict", l.of("未判定", "Not yet assessed"));
            return;
        }
        html.element("p", "verdict", l.of("判定: ", "Verdict: ")
                + l.of(report.verdict().labelJa(), report.verdict().labelEn()) + "　" + l.of("重大度: ", "Severity: ")
                + l.of(report.severity().labelJa(), report.severity().labelEn()));
        if (report.basis() != null) {
            var b = report.basis();
            html.element("p", "basis", l.of("判定の根拠: ", "Decided by: ") + b.rule() + " " + l.of(b.textJa(), b.text())
                    + l.of("（態様: " + b.manner().labelJa() + "、要求: " + b.demand().labelJa()
                            + (b.timeOrCount() ? "、時間・回数の基準に到達" : "") + "）",
                    " (manner: " + b.manner().labelEn() + ", demand: " + b.demand().labelEn()
                            + (b.timeOrCount() ? ", time or count line reached" : "") + ")"));
        }
        if (report.policeReport()) {
            html.element("p", "police", l.of("犯罪に当たるおそれがあります。警察への通報を検討してください。",
                    "The conduct may be criminal: consider reporting it to the police."));
        }
        if (!report.accepted()) {
            html.element("p", "police", l.of("この申出は組織・職員・窓口への脅迫または中傷を含むため受け付けていません（証拠として保存）。",
                    "This message threatens or slanders the organisation, its people or the counter and was not "
                            + "accepted (kept as evidence)."));
        }
        if (report.findings().isEmpty()) {
            html.element("p", null, l.of("ハラスメントに当たる行為は見つかりませんでした。", "No harassing behaviour was found."));
            return;
        }
        html.open("table", null).cells("th", l.of("ルール", "Rule"), l.of("行為類型", "Behaviour"),
                l.of("重大度", "Severity"), l.of("根拠", "Evidence"), l.of("出典", "Source"));
        for (ReportFinding f : report.findings()) {
            html.cells("td", f.rule(), f.behaviourName(), l.of(f.severity().labelJa(), f.severity().labelEn()),
                    f.evidence(), f.source());
        }
        html.close("table");
    }

    private void advice() {
        html.element("h2", null, l.of("窓口からの助言", "The counter's advice"));
        if (report.advice().isEmpty()) {
            html.element("p", null, "—");
            return;
        }
        html.open("ul", null);
        for (ReportAdvice a : report.advice()) {
            html.element("li", null, a.text() + (a.humanConfirmation()
                    ? l.of("（実施前に責任者の確認が必要）", " (a person in charge confirms it first)") : ""));
        }
        html.close("ul");
    }

    private void footer() {
        if (!report.personalDataShared()) {
            html.element("p", "note", report.purged()
                    ? l.of("保存期間の経過により個人情報と本文は削除されています。", "Personal data and texts were purged after the retention period.")
                    : l.of("申出者の同意がないため、氏名・連絡先・職員名などの個人情報は非開示です。",
                    "The applicant did not consent to sharing personal data: names and contact details are withheld."));
        }
        String ruleSet = report.ruleSet() == null ? "—" : report.ruleSet().name() + " " + report.ruleSet().version();
        html.element("p", "note", l.of("ルールセット: ", "Rule set: ") + ruleSet);
    }

    private String yesNo(Boolean value) {
        return value == null ? null : value ? l.of("希望する", "yes") : l.of("希望しない", "no");
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time) + " (UTC" + time.getOffset().getId().replace("Z", "+00:00")
                + ")";
    }
}
