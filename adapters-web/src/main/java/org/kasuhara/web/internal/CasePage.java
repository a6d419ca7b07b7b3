// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Finding;

/**
 * One case as staff work on it: what was received (every contact with channel, time, duration and staff, the
 * evidence marked in place), what the engine found and why (the decision cell, findings with catalogue names and
 * sources, recommended actions, the police flag with the 110-call checklist), the applicant where they may see it,
 * the report to download, the forms that act on it ({@link StaffForms}) and the audit trail.
 */
final class CasePage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages m;
    private final Labels labels;
    private final String base;
    private final ZoneId zone;
    private final org.kasuhara.web.Organisations organisations;

    CasePage(Messages m, String base, ZoneId zone, org.kasuhara.web.Organisations organisations) {
        this.organisations = organisations;
        this.m = m;
        this.labels = new Labels(m);
        this.base = base;
        this.zone = zone;
    }

    String render(StoredCase c, List<AuditEntry> audit, Principal principal, LocalDate today, String csrf,
            String notice) {
        Assessment a = c.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
        Map<String, Object> v = new HashMap<>();
        v.put("base", base);
        v.put("lang", m.language());
        v.put("receipt", c.receipt());
        v.put("notice", notice);
        v.put("organisation", labels.place(organisations, c));
        v.put("channel", labels.channel(c.caseData().channel()));
        v.put("received", c.caseData().receivedAt().atZoneSameInstant(zone).format(TIME));
        v.put("status", labels.status(c.status()));
        boolean late = CaseQuery.overdue(today).matches(c);
        v.put("due", c.reportDueBy() + (late ? " (" + m.get("staff.overdue") + ")" : ""));
        v.put("dueClass", late ? "overdue" : "");
        v.put("verdict", labels.verdict(a == null ? null : a.verdict())
                + (a == null ? "" : " — " + m.get("staff.severity") + ": " + labels.severity(a.severity())));
        v.put("basis", basis(a));
        v.put("review", review(c));
        v.put("police", police(a));
        v.put("notAccepted", a != null && !a.accepted() ? "<p class=\"overdue\" id=\"not-accepted\">"
                + Html.escape(m.get("staff.notAccepted")) + "</p>" : "");
        v.put("contacts", contacts(c, a));
        v.put("findings", findings(a));
        v.put("actions", actions(c, a, principal, csrf));
        v.put("applicant", applicant(c, principal));
        v.put("forms", principal.isStaff() && a != null ? StaffForms.render(m, base, c, csrf, today) : "");
        v.put("audit", audit(audit));
        return Template.render("case", m, v);
    }

    private String basis(Assessment a) {
        if (a == null || a.basis() == null) {
            return "";
        }
        var b = a.basis();
        boolean ja = !"en".equals(m.language());
        return "<dt>" + Html.escape(m.get("staff.basis")) + "</dt><dd id=\"basis\">" + Html.escape(ja ? b.textJa()
                : b.text()) + "<br><span class=\"hint\">" + Html.escape(m.get("staff.basis.manner") + ": "
                + (ja ? b.manner().labelJa() : b.manner().labelEn()) + " / " + m.get("staff.basis.demand") + ": "
                + (ja ? b.demand().labelJa() : b.demand().labelEn()) + " (" + b.rule() + ")") + "</span></dd>";
    }

    private String review(StoredCase c) {
        return c.latestReview().map(r -> "<dt>" + Html.escape(m.get("staff.staffVerdict")) + "</dt><dd id=\"review\">"
                + Html.escape((r.agrees() ? m.get("staff.review.confirmed") : m.get("staff.review.corrected") + ": "
                + labels.verdict(r.staff())) + " — " + r.by() + ", " + r.at().atZone(zone).format(TIME))
                + (r.reason().isEmpty() ? "" : "<br>" + Html.escape(r.reason())) + "</dd>").orElse("");
    }

    private String police(Assessment a) {
        if (a == null || !a.policeReport()) {
            return "";
        }
        StringBuilder p = new StringBuilder("<section class=\"police-box\" aria-labelledby=\"police-title\">"
                + "<h2 id=\"police-title\">").append(Html.escape(m.get("staff.police.title"))).append("</h2><p>")
                .append(Html.escape(m.get("staff.police.intro"))).append("</p><ol id=\"police-checklist\">");
        for (int i = 1; i <= 5; i++) {
            p.append("<li>").append(Html.escape(m.get("staff.police.check" + i))).append("</li>");
        }
        return p.append("</ol><p class=\"hint\">").append(Html.escape(labels.source("TOKYO-2025-MANUAL p.39")))
                .append("</p></section>").toString();
    }

    private String contacts(StoredCase c, Assessment a) {
        List<Finding> findings = a == null ? List.of() : a.findings();
        List<Contact> contacts = c.caseData().contacts();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            out.append("<article class=\"contact\" id=\"contact-").append(i).append("\"><h3>")
                    .append(Html.escape(m.get("staff.contact") + " " + (i + 1) + ": "
                            + labels.channel(contact.channel()))).append("</h3><p class=\"hint\">");
            if (contact.start() != null) {
                out.append(Html.escape(contact.start().atZoneSameInstant(zone).format(TIME)));
                if (contact.end() != null) {
                    long minutes = Duration.between(contact.start(), contact.end()).toMinutes();
                    out.append(Html.escape(" (" + minutes + " " + m.get("staff.minutes") + ")"));
                }
            }
            if (contact.staff() != null) {
                out.append(Html.escape(" — " + m.get("staff.contactStaff") + ": " + contact.staff()));
            }
            out.append("</p><p class=\"text\">").append(Highlighter.highlight(contact.text(), i, findings))
                    .append("</p></article>");
        }
        return out.toString();
    }

    private String findings(Assessment a) {
        if (a == null || a.findings().isEmpty()) {
            return "<p>" + Html.escape(m.get("staff.findings.none")) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul id=\"findings\">");
        for (Finding f : a.findings()) {
            out.append("<li><strong>").append(Html.escape(labels.behaviour(f.behaviour()))).append("</strong> (")
                    .append(Html.escape(m.get("staff.severity") + ": " + labels.severity(f.severity())))
                    .append(")<br>").append(Html.escape(f.evidence())).append("<br><span class=\"hint\">")
                    .append(Html.escape(labels.source(f.source()) + " — " + m.get("staff.rule") + " " + f.rule()))
                    .append("</span></li>");
        }
        return out.append("</ul>").toString();
    }

    private String actions(StoredCase c, Assessment a, Principal principal, String csrf) {
        if (a == null || a.actions().isEmpty()) {
            return "<p>" + Html.escape(m.get("staff.actions.none")) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul id=\"actions\" class=\"actions\">");
        for (var action : a.actions()) {
            out.append("<li id=\"action-").append(action.type().name()).append("\">")
                    .append(Html.escape(labels.action(action.type())));
            if (action.humanConfirmation()) {
                out.append(" <span class=\"tag\">").append(Html.escape(m.get("staff.actions.human")))
                        .append("</span>");
                out.append(StaffForms.decision(m, base, c, action.type(), principal.isStaff(), csrf));
            }
            out.append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private String applicant(StoredCase c, Principal principal) {
        Applicant p = c.caseData().applicant();
        boolean consent = Boolean.TRUE.equals(p.consentToShare());
        if (!principal.isStaff() && !consent) {
            return "<p id=\"applicant\">" + Html.escape(m.get("staff.applicant.withheld")) + "</p>";
        }
        if (Boolean.TRUE.equals(p.anonymous())) {
            return "<p id=\"applicant\">" + Html.escape(m.get("staff.applicant.anonymous")) + "</p>";
        }
        StringBuilder out = new StringBuilder("<dl id=\"applicant\" class=\"review\">");
        row(out, "form.name", p.name());
        row(out, "form.phone", p.phone());
        row(out, "form.email", p.email());
        row(out, "form.feedback", Boolean.TRUE.equals(p.wantsFeedback()) ? m.get("yes") : m.get("no"));
        row(out, "staff.applicant.consent", consent ? m.get("yes") : m.get("no"));
        return out.append("</dl>").toString();
    }

    private void row(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<dt>").append(Html.escape(m.get(label))).append("</dt><dd>").append(Html.escape(value))
                    .append("</dd>");
        }
    }

    private String audit(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
                + "aria-labelledby=\"audit-title\"><table id=\"audit\"><thead><tr>");
        for (String h : new String[] {"staff.audit.at", "staff.audit.actor", "staff.audit.action",
            "staff.status", "staff.audit.detail"}) {
            out.append("<th scope=\"col\">").append(Html.escape(m.get(h))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (AuditEntry e : entries) {
            out.append("<tr><td class=\"nowrap\">").append(e.at().atZone(zone).format(TIME)).append("</td><td>")
                    .append(Html.escape(e.actor())).append("</td><td>")
                    .append(Html.escape(m.get("audit." + e.action().name()))).append("</td><td>")
                    .append(Html.escape((e.from() == null ? "" : labels.status(e.from()) + " → ")
                            + labels.status(e.to()))).append("</td><td>").append(Html.escape(labels.detail(e.detail())))
                    .append("</td></tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }
}
