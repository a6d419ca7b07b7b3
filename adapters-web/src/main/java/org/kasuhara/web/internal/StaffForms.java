// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.LocalDate;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Verdict;

/**
 * The forms on a case page that act on it, each posting with the page's CSRF token to
 * {@code /staff/case/RECEIPT/ACTION} ({@link StaffActions}): confirm or correct the verdict, mark it reported (day
 * and way), close it with an outcome, and confirm or decline an action that needs a person. Only forms the case's
 * status allows are shown.
 */
final class StaffForms {
    private StaffForms() {
    }

    static String render(Messages m, String base, StoredCase c, String csrf, LocalDate today) {
        Labels labels = new Labels(m);
        Verdict engine = c.latestAssessment().orElseThrow().assessment().verdict();
        Verdict held = c.latestReview().map(r -> r.staff()).orElse(engine);
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"review-title\"><h2 id=\"review-title\">")
                .append(Html.escape(m.get("staff.review.title"))).append("</h2>")
                .append(open(base, c, "verdict", csrf, m)).append("<fieldset><legend>")
                .append(Html.escape(m.get("staff.review.legend"))).append("</legend>");
        for (Verdict v : Verdict.values()) {
            String id = "review-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            out.append("<div class=\"choice\"><input type=\"radio\" name=\"verdict\" id=\"").append(id)
                    .append("\" value=\"").append(v.name()).append('"').append(v == held ? " checked" : "")
                    .append("><label for=\"").append(id).append("\">").append(Html.escape(labels.verdict(v)))
                    .append(v == engine ? " " + Html.escape(m.get("staff.review.engine")) : "")
                    .append("</label></div>");
        }
        out.append("</fieldset>").append(textarea("review-reason", m.get("staff.review.reason"),
                m.get("staff.review.reason.hint")))
                .append("<button type=\"submit\" id=\"review-save\">").append(Html.escape(m.get("staff.review.save")))
                .append("</button></form></section>");
        if (c.status() == CaseStatus.ASSESSED) {
            out.append("<section aria-labelledby=\"report-title\"><h2 id=\"report-title\">")
                    .append(Html.escape(m.get("staff.report.title"))).append("</h2>")
                    .append(open(base, c, "report", csrf, m)).append("<div class=\"field\"><label for=\"report-on\">")
                    .append(Html.escape(m.get("staff.report.on"))).append("</label><input type=\"date\" id=\"report-on\""
                            + " name=\"on\" required value=\"").append(today).append("\" max=\"").append(today)
                    .append("\"></div><div class=\"field\"><label for=\"report-method\">")
                    .append(Html.escape(m.get("staff.report.method"))).append("</label><select id=\"report-method\" "
                            + "name=\"method\">");
            for (ReportMethod method : ReportMethod.values()) {
                out.append("<option value=\"").append(method.name()).append("\">")
                        .append(Html.escape(m.get("method." + method.name()))).append("</option>");
            }
            out.append("</select></div><button type=\"submit\" id=\"report-save\">")
                    .append(Html.escape(m.get("staff.report.save"))).append("</button></form></section>");
        }
        if (c.status() == CaseStatus.ASSESSED || c.status() == CaseStatus.REPORTED) {
            out.append("<section aria-labelledby=\"close-title\"><h2 id=\"close-title\">")
                    .append(Html.escape(m.get("staff.close.title"))).append("</h2>")
                    .append(open(base, c, "close", csrf, m)).append("<div class=\"field\"><label for=\"close-outcome\">")
                    .append(Html.escape(m.get("staff.close.outcome"))).append("</label><select id=\"close-outcome\" "
                            + "name=\"outcome\"><option value=\"\">").append(Html.escape(m.get("staff.close.unknown")))
                    .append("</option>");
            for (CaseOutcome o : CaseOutcome.values()) {
                out.append("<option value=\"").append(o.name()).append("\">").append(Html.escape(labels.outcome(o)))
                        .append("</option>");
            }
            out.append("</select></div><button type=\"submit\" class=\"secondary\" id=\"close-save\">")
                    .append(Html.escape(m.get("staff.close.save"))).append("</button></form></section>");
        }
        return out.toString();
    }

    /** The confirm/decline form of one action that needs a person, with the decision already made. */
    static String decision(Messages m, String base, StoredCase c, ActionType action, boolean staff, String csrf) {
        String made = c.decisionOn(action).map(d -> Html.escape((d.confirmed() ? m.get("staff.actions.confirmed")
                : m.get("staff.actions.declined")) + " — " + d.by()) + (d.reason().isEmpty() ? ""
                : ": " + Html.escape(d.reason()))).orElse(Html.escape(m.get("staff.actions.undecided")));
        StringBuilder out = new StringBuilder("<p class=\"decision\">").append(made).append("</p>");
        if (!staff || c.status() == CaseStatus.CLOSED) {
            return out.toString();
        }
        String id = "reason-" + action.name();
        return out.append(open(base, c, "action", csrf, m)).append("<input type=\"hidden\" name=\"action\" value=\"")
                .append(action.name()).append("\">")
                .append(textarea(id, m.get("staff.actions.reason"), null))
                .append("<div class=\"buttons\"><button type=\"submit\" name=\"decision\" value=\"confirm\" id=\"confirm-")
                .append(action.name()).append("\">").append(Html.escape(m.get("staff.actions.confirm")))
                .append("</button><button type=\"submit\" name=\"decision\" value=\"decline\" class=\"secondary\" "
                        + "id=\"decline-").append(action.name()).append("\">")
                .append(Html.escape(m.get("staff.actions.decline"))).append("</button></div></form>").toString();
    }

    private static String open(String base, StoredCase c, String action, String csrf, Messages m) {
        return "<form method=\"post\" action=\"" + base + "/staff/case/" + Html.escape(c.receipt()) + "/" + action
                + "\"><input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrf) + "\">"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + m.language() + "\">";
    }

    private static String textarea(String id, String label, String hint) {
        return "<div class=\"field\"><label for=\"" + id + "\">" + Html.escape(label) + "</label>"
                + (hint == null ? "" : "<p class=\"hint\" id=\"" + id + "-hint\">" + Html.escape(hint) + "</p>")
                + "<textarea id=\"" + id + "\" name=\"reason\" rows=\"3\" maxlength=\"1000\""
                + (hint == null ? "" : " aria-describedby=\"" + id + "-hint\"") + "></textarea></div>";
    }
}
