package org.kasuhara.web.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Finding;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.StoredCase;

/** The staff dashboard's pages: the case list with the month's chart, and one case with its findings marked. */
final class DashboardPages {
    private DashboardPages() {
    }

    static String list(Messages m, String base, String csrf, List<StoredCase> cases, MonthlyTotals totals,
            LocalDate today) {
        StringBuilder table = new StringBuilder();
        if (cases.isEmpty()) {
            table.append("<p>").append(Html.escape(m.get("staff.none"))).append("</p>");
        } else {
            table.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"cases-title\">")
                    .append("<table id=\"cases\"><thead><tr>");
            for (String h : new String[] {"staff.receipt", "staff.organisation", "staff.verdict", "staff.police",
                "staff.due", "staff.status"}) {
                table.append("<th scope=\"col\">").append(Html.escape(m.get(h))).append("</th>");
            }
            table.append("</tr></thead><tbody>");
            CaseQuery overdueToday = CaseQuery.overdue(today);
            for (StoredCase c : cases) {
                Assessment a = c.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
                boolean overdue = overdueToday.matches(c);
                table.append("<tr><td><a href=\"").append(base).append("/staff/case/").append(Html.escape(c.receipt()))
                        .append("?lang=").append(m.language()).append("\">").append(Html.escape(c.receipt()))
                        .append("</a></td><td>").append(Html.escape(c.organization()))
                        .append("</td><td>").append(Html.escape(verdict(m, a))).append("</td><td>")
                        .append(a != null && a.policeReport() ? "⚠ " + Html.escape(m.get("yes")) : "")
                        .append("</td><td").append(overdue ? " class=\"overdue\"" : "").append('>')
                        .append(c.reportDueBy()).append(overdue ? " (" + Html.escape(m.get("staff.overdue")) + ")" : "")
                        .append("</td><td>").append(c.status()).append("</td></tr>");
            }
            table.append("</tbody></table></div>");
        }
        return Template.render("dashboard", m, Map.of("base", base, "csrf", csrf, "lang", m.language(),
                "chart", TotalsChart.svg(totals, m), "table", table.toString()));
    }

    static String one(Messages m, String base, StoredCase c) {
        Assessment a = c.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
        List<Finding> findings = a == null ? List.of() : a.findings();
        StringBuilder texts = new StringBuilder();
        List<Contact> contacts = c.caseData().contacts();
        for (int i = 0; i < contacts.size(); i++) {
            texts.append("<p class=\"text\" id=\"contact-").append(i).append("\">")
                    .append(Highlighter.highlight(contacts.get(i).text(), i, findings)).append("</p>");
        }
        StringBuilder list = new StringBuilder();
        for (Finding f : findings) {
            list.append("<li><strong>").append(Html.escape(f.rule())).append("</strong> ")
                    .append(Html.escape(f.behaviour().name())).append(" (").append(f.severity()).append("): ")
                    .append(Html.escape(f.evidence())).append(" — ").append(Html.escape(f.source())).append("</li>");
        }
        Map<String, Object> v = new HashMap<>();
        v.put("base", base);
        v.put("lang", m.language());
        v.put("organisation", c.organization() + (c.caseData().site() == null ? "" : " / " + c.caseData().site()));
        v.put("verdict", verdict(m, a));
        v.put("due", c.reportDueBy());
        v.put("status", c.status());
        v.put("notAccepted", a != null && !a.accepted() ? "<p class=\"overdue\" id=\"not-accepted\">"
                + Html.escape(m.get("staff.notAccepted")) + "</p>" : "");
        v.put("texts", texts.toString());
        v.put("findings", list.toString());
        return Template.render("case", m, v);
    }

    private static String verdict(Messages m, Assessment a) {
        return a == null ? m.get("verdict.NONE") : m.get("verdict." + a.verdict().name());
    }

}
