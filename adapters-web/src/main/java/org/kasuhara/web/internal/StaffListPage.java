// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Verdict;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;

/**
 * The staff's working list: views with their counts (all, overdue, due today, due this week), filters, a search by
 * receipt number, columns sorted by receipt or deadline, and pages of {@value StaffFilter#PAGE} cases by cursor.
 * Every label comes from the page's language; every value from the store is escaped.
 */
final class StaffListPage {
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages m;
    private final Labels labels;
    private final String base;
    private final StaffFilter filter;
    private final Organisations organisations;
    private final boolean staff;

    StaffListPage(Messages m, String base, StaffFilter filter, Organisations organisations, boolean staff) {
        this.m = m;
        this.labels = new Labels(m);
        this.base = base;
        this.filter = filter;
        this.organisations = organisations;
        this.staff = staff;
    }

    String render(CaseStore store, LocalDate today, java.time.ZoneId zone, MonthlyTotals totals, String csrf,
            String notice) {
        CaseQuery query = filter.query(today);
        List<StoredCase> rows = query == null ? List.of() : store.list(query);
        boolean more = rows.size() > StaffFilter.PAGE;
        List<StoredCase> page = more ? rows.subList(0, StaffFilter.PAGE) : rows;
        StringBuilder views = new StringBuilder("<ul class=\"views\">");
        for (String view : StaffFilter.VIEWS) {
            CaseQuery counted = filter.forView(view, today);
            long count = counted == null ? 0 : store.count(counted);
            boolean current = view.equals(filter.view());
            views.append("<li><a id=\"view-").append(view).append("\" href=\"").append(base).append("/staff")
                    .append(Html.escape(filter.href(m.language(), Map.of("view", view)))).append('"')
                    .append(current ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.escape(m.get("staff.view." + view))).append(" <span class=\"count\">")
                    .append(count).append("</span></a></li>");
        }
        views.append("</ul>");
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("base", base);
        v.put("lang", m.language());
        v.put("csrf", csrf);
        v.put("notice", notice);
        v.put("chart", TotalsChart.svg(totals, m));
        v.put("agreement", agreement(totals));
        v.put("views", views.toString());
        v.put("filters", filters());
        v.put("table", table(page, today, zone));
        v.put("pager", pager(page, more));
        return Template.render("dashboard", m, v);
    }

    private String agreement(MonthlyTotals totals) {
        String rate = totals.agreementRate().isPresent()
                ? String.format("%.1f%%", totals.agreementRate().getAsDouble() * 100) : "—";
        return Html.escape(m.get("staff.agreement") + ": " + rate + " (" + totals.staffAgreed() + " / "
                + totals.staffReviewed() + ")");
    }

    private String filters() {
        StringBuilder f = new StringBuilder();
        f.append("<input type=\"hidden\" name=\"lang\" value=\"").append(m.language()).append("\">")
                .append("<input type=\"hidden\" name=\"view\" value=\"").append(filter.view()).append("\">")
                .append("<input type=\"hidden\" name=\"sort\" value=\"").append(filter.sort()).append("\">");
        StringBuilder verdicts = option("", m.get("staff.any"), filter.verdict() == null);
        for (Verdict verdict : Verdict.values()) {
            verdicts.append(option(verdict.name(), labels.verdict(verdict), verdict == filter.verdict()));
        }
        f.append(select("f-verdict", "verdict", "staff.verdict", verdicts));
        if (staff) {
            StringBuilder orgs = option("", m.get("staff.any"), filter.organisation() == null);
            for (Organisation o : organisations.all()) {
                orgs.append(option(o.id(), o.name(m.language()), o.id().equals(filter.organisation())));
            }
            f.append(select("f-org", "org", "staff.organisation", orgs));
        }
        StringBuilder sites = option("", m.get("staff.any"), filter.site() == null);
        for (Organisation o : organisations.all()) {
            if (filter.organisation() == null || o.id().equals(filter.organisation())) {
                for (Organisation.Site s : o.sites()) {
                    sites.append(option(s.id(), o.name(m.language()) + " / " + s.name(m.language()),
                            s.id().equals(filter.site())));
                }
            }
        }
        f.append(select("f-site", "site", "staff.site", sites));
        StringBuilder police = option("", m.get("staff.any"), filter.police() == null)
                .append(option("yes", m.get("yes"), Boolean.TRUE.equals(filter.police())))
                .append(option("no", m.get("no"), Boolean.FALSE.equals(filter.police())));
        f.append(select("f-police", "police", "staff.police", police));
        StringBuilder statuses = option("", m.get("staff.any"), filter.status() == null);
        for (CaseStatus s : CaseStatus.values()) {
            statuses.append(option(s.name(), labels.status(s), s == filter.status()));
        }
        f.append(select("f-status", "status", "staff.status", statuses));
        return f.toString();
    }

    private static StringBuilder option(String value, String label, boolean selected) {
        return new StringBuilder("<option value=\"").append(Html.escape(value)).append('"')
                .append(selected ? " selected" : "").append('>').append(Html.escape(label)).append("</option>");
    }

    private String select(String id, String name, String label, CharSequence options) {
        return "<div class=\"filter\"><label for=\"" + id + "\">" + Html.escape(m.get(label)) + "</label><select id=\""
                + id + "\" name=\"" + name + "\">" + options + "</select></div>";
    }

    private String table(List<StoredCase> page, LocalDate today, java.time.ZoneId zone) {
        if (page.isEmpty()) {
            return "<p id=\"no-cases\">" + Html.escape(m.get("staff.none")) + "</p>";
        }
        StringBuilder t = new StringBuilder("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
                + "aria-labelledby=\"cases-title\"><table id=\"cases\" class=\"cases\"><thead><tr>");
        t.append(sortable("receipt", "staff.receipt"));
        for (String h : new String[] {"staff.received", "staff.organisation", "staff.verdict", "staff.staffVerdict",
            "staff.police"}) {
            t.append("<th scope=\"col\">").append(Html.escape(m.get(h))).append("</th>");
        }
        t.append(sortable("due", "staff.due")).append("<th scope=\"col\">").append(Html.escape(m.get("staff.status")))
                .append("</th></tr></thead><tbody>");
        CaseQuery overdue = CaseQuery.overdue(today);
        for (StoredCase c : page) {
            Assessment a = c.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
            boolean late = overdue.matches(c);
            t.append("<tr><td class=\"nowrap\"><a href=\"").append(base).append("/staff/case/")
                    .append(Html.escape(c.receipt())).append("?lang=").append(m.language()).append("\">")
                    .append(Html.escape(c.receipt())).append("</a></td><td class=\"nowrap\">")
                    .append(c.caseData().receivedAt().atZoneSameInstant(zone).format(RECEIVED)).append("</td><td>")
                    .append(Html.escape(labels.place(organisations, c))).append("</td><td class=\"verdict-")
                    .append(a == null ? "none" : a.verdict().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(Html.escape(labels.verdict(a == null ? null : a.verdict()))).append("</td><td>")
                    .append(Html.escape(c.latestReview().map(r -> r.agrees() ? m.get("staff.review.confirmed")
                            : labels.verdict(r.staff())).orElse(""))).append("</td><td>")
                    .append(a != null && a.policeReport() ? "<span class=\"police\">" + Html.escape(m.get("yes"))
                            + "</span>" : "")
                    .append("</td><td class=\"nowrap").append(late ? " overdue" : "").append("\">")
                    .append(c.reportDueBy()).append(late ? " (" + Html.escape(m.get("staff.overdue")) + ")" : "")
                    .append("</td><td>").append(Html.escape(labels.status(c.status()))).append("</td></tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }

    private String sortable(String column, String label) {
        String ascending = column;
        String descending = "-" + column;
        boolean asc = filter.sort().equals(ascending);
        boolean desc = filter.sort().equals(descending);
        String next = asc ? descending : ascending;
        String aria = asc ? " aria-sort=\"ascending\"" : desc ? " aria-sort=\"descending\"" : "";
        return "<th scope=\"col\"" + aria + "><a id=\"sort-" + column + "\" href=\"" + base + "/staff"
                + Html.escape(filter.href(m.language(), Map.of("sort", next))) + "\">" + Html.escape(m.get(label))
                + (asc ? " ▲" : desc ? " ▼" : "") + "</a></th>";
    }

    private String pager(List<StoredCase> page, boolean more) {
        StringBuilder p = new StringBuilder("<nav class=\"pager\" aria-label=\"")
                .append(Html.escape(m.get("staff.pages"))).append("\">");
        if (filter.after() != null) {
            p.append("<a id=\"first-page\" href=\"").append(base).append("/staff")
                    .append(Html.escape(filter.href(m.language(), Map.of()))).append("\">")
                    .append(Html.escape(m.get("staff.firstPage"))).append("</a>");
        }
        if (more) {
            String after = StaffFilter.encode(CaseQuery.Cursor.after(page.get(page.size() - 1)));
            p.append("<a id=\"next-page\" rel=\"next\" href=\"").append(base).append("/staff")
                    .append(Html.escape(filter.href(m.language(), Map.of("after", after)))).append("\">")
                    .append(Html.escape(m.get("staff.nextPage"))).append("</a>");
        }
        return p.append("</nav>").toString();
    }
}
