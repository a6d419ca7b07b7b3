// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.kasuhara.catalogue.BehaviourInfo;
import org.kasuhara.catalogue.SourceInfo;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.policy.Policy;

/**
 * The compliance view {@code /staff/rules}: the loaded rule set (name, version, every rule with its file, line,
 * behaviour and source), the policy values per organisation, the catalogue's behaviours and sources, and the last
 * reload or rejection of the rule folder with its errors by file and line.
 */
final class RulesPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RulesPage() {
    }

    static String render(Messages m, String base, RuleSet rules, Optional<ReloadEvent> last, ZoneId zone) {
        boolean ja = !"en".equals(m.language());
        StringBuilder out = new StringBuilder("<p><a href=\"").append(base).append("/staff?lang=").append(m.language()).append("\" id=\"back\">")
                .append(Html.escape(m.get("staff.back"))).append("</a></p>");
        out.append("<dl class=\"review\"><dt>").append(Html.escape(m.get("staff.rules.set"))).append("</dt><dd id=\"rule-set\">")
                .append(Html.escape(rules.name() + " " + rules.version())).append("</dd><dt>")
                .append(Html.escape(m.get("staff.rules.reload"))).append("</dt><dd id=\"last-reload\">")
                .append(reload(m, last, zone, ja)).append("</dd></dl>");
        out.append("<h2>").append(Html.escape(m.get("staff.rules.policy"))).append("</h2>");
        out.append(policies(m, rules));
        out.append("<h2 id=\"rules-title\">").append(Html.escape(m.get("staff.rules.rules") + " ("
                + rules.rules().size() + ")")).append("</h2>")
                .append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"rules-title\">"
                        + "<table id=\"rules\"><thead><tr>");
        for (String h : new String[] {"staff.rule", "staff.rules.name", "staff.rules.file", "staff.findings.behaviour",
            "staff.severity", "staff.rules.source"}) {
            out.append("<th scope=\"col\">").append(Html.escape(m.get(h))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (RuleInfo r : rules.rules()) {
            out.append("<tr><td class=\"nowrap\">").append(Html.escape(r.id())).append("</td><td>")
                    .append(Html.escape(ja && r.nameJa() != null ? r.nameJa() : r.name())).append("</td><td>")
                    .append(Html.escape(r.file() + ":" + r.line())).append("</td><td>")
                    .append(Html.escape(r.behaviour() == null ? "" : r.behaviour())).append("</td><td>")
                    .append(Html.escape(r.severity() == null ? "" : r.severity())).append("</td><td>")
                    .append(Html.escape(r.source() == null ? "" : r.source())).append("</td></tr>");
        }
        out.append("</tbody></table></div>");
        out.append("<h2>").append(Html.escape(m.get("staff.rules.behaviours"))).append("</h2><dl class=\"review\">");
        for (BehaviourInfo b : Labels.catalogue().behaviours()) {
            out.append("<dt>").append(Html.escape(ja ? b.nameJa() : b.nameEn())).append("</dt><dd>")
                    .append(Html.escape(ja ? b.descriptionJa() : b.descriptionEn())).append(" (")
                    .append(Html.escape(b.source())).append(")</dd>");
        }
        out.append("</dl><h2>").append(Html.escape(m.get("staff.rules.sources"))).append("</h2><ul>");
        for (SourceInfo s : Labels.catalogue().sources()) {
            out.append("<li><strong>").append(Html.escape(s.key())).append("</strong> ")
                    .append(Html.escape(ja ? s.titleJa() : s.titleEn())).append(" — ")
                    .append(Html.escape(s.publisher())).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String reload(Messages m, Optional<ReloadEvent> last, ZoneId zone, boolean ja) {
        if (last.isEmpty()) {
            return Html.escape(m.get("staff.rules.reload.none"));
        }
        ReloadEvent event = last.get();
        String at = event.at().atZone(zone).format(TIME);
        if (event instanceof ReloadEvent.Rejected rejected) {
            StringBuilder out = new StringBuilder("<span class=\"overdue\">").append(Html.escape(
                    m.get("staff.rules.reload.rejected") + " " + at)).append("</span><ul id=\"reload-problems\">");
            for (RuleProblem p : rejected.problems()) {
                out.append("<li>").append(Html.escape(p.describe(ja))).append("</li>");
            }
            return out.append("</ul>").toString();
        }
        return Html.escape(m.get("staff.rules.reload.done") + " " + at + " — " + event.ruleSet().name() + " "
                + event.ruleSet().version());
    }

    private static String policies(Messages m, RuleSet rules) {
        Map<String, Policy> overrides = rules.policies().overrides();
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
                + "aria-label=\"").append(Html.escape(m.get("staff.rules.policy"))).append("\"><table id=\"policy\">"
                + "<thead><tr><th scope=\"col\">").append(Html.escape(m.get("staff.rules.value"))).append("</th>"
                + "<th scope=\"col\">").append(Html.escape(m.get("staff.rules.default"))).append("</th>");
        overrides.keySet().forEach(org -> out.append("<th scope=\"col\">").append(Html.escape(org)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (RecordComponent c : Policy.class.getRecordComponents()) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(c.getName())).append("</th><td>")
                    .append(Html.escape(value(c, rules.policies().defaultPolicy()))).append("</td>");
            overrides.values().forEach(p -> out.append("<td>").append(Html.escape(value(c, p))).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    private static String value(RecordComponent c, Policy p) {
        try {
            return String.valueOf(c.getAccessor().invoke(p));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("policy value " + c.getName(), e);
        }
    }
}
