// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.util.HashMap;
import java.util.Map;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;

/** The reception form, its confirmation step and its results, rendered with escaping. */
final class ReceptionPages {
    private static final String[] FIELDS = {"name", "phone", "email", "place", "occurredAt", "happened", "requests"};

    private ReceptionPages() {
    }

    static String form(Messages m, String base, String csrf, FormSubmission f, Map<String, String> problems,
            Organisations organisations) {
        Map<String, Object> v = new HashMap<>();
        v.put("base", base);
        v.put("csrf", csrf);
        v.put("lang", m.language());
        v.put("submission", f.submission());
        v.put("notices", Template.render("notices", m, Map.of()));
        v.put("namedChecked", checked(!f.anonymous()));
        v.put("anonymousChecked", checked(f.anonymous()));
        v.put("feedbackYesChecked", checked(f.feedback()));
        v.put("feedbackNoChecked", checked(!f.feedback()));
        v.put("consentChecked", checked(f.consent()));
        v.put("name", f.name());
        v.put("phone", f.phone());
        v.put("email", f.email());
        v.put("occurredAt", f.occurredAt());
        v.put("happened", f.happened());
        v.put("requests", f.requests());
        v.put("placeOptions", placeOptions(m, organisations, f.place()));
        StringBuilder summary = new StringBuilder();
        for (String field : FIELDS) {
            String problem = problems.get(field);
            v.put(field + "Error", problem == null ? ""
                    : "<p class=\"error\" id=\"" + field + "-error\">" + Html.escape(m.get(problem)) + "</p>");
            v.put(field + "Invalid", problem == null ? "" : "aria-invalid=\"true\" aria-errormessage=\"" + field
                    + "-error\"");
            if (problem != null) {
                summary.append("<li><a href=\"#").append(field).append("\">").append(Html.escape(m.get(problem)))
                        .append("</a></li>");
            }
        }
        if (problems.containsKey("csrf")) {
            summary.append("<li>").append(Html.escape(m.get(problems.get("csrf")))).append("</li>");
        }
        v.put("errorSummary", summary.length() == 0 ? "" : "<div class=\"error-summary\" role=\"alert\" "
                + "id=\"errors\"><h2>" + Html.escape(m.get("form.errors")) + "</h2><ul>" + summary + "</ul></div>");
        return Template.render("form", m, v);
    }

    static String confirm(Messages m, String base, String csrf, FormSubmission f, Organisations organisations) {
        String none = m.get("confirm.none");
        Map<String, Object> v = new HashMap<>();
        v.put("base", base);
        v.put("identity", f.anonymous() ? m.get("form.anonymous.yes") : f.name());
        v.put("phone", orNone(f.phone(), none));
        v.put("email", orNone(f.email(), none));
        v.put("place", placeName(m, organisations, f.place()));
        v.put("occurredAt", orNone(f.occurredAt().replace('T', ' '), none));
        v.put("happened", f.happened());
        v.put("requests", orNone(f.requests(), none));
        v.put("feedback", m.get(f.feedback() ? "form.feedback.yes" : "form.feedback.no"));
        v.put("consent", m.get(f.consent() ? "yes" : "no"));
        v.put("notices", Template.render("notices", m, Map.of()));
        StringBuilder hidden = new StringBuilder();
        hidden(hidden, "csrf", csrf);
        hidden(hidden, "lang", m.language());
        hidden(hidden, "submission", f.submission());
        hidden(hidden, "anonymous", f.anonymous() ? "yes" : "no");
        f.asReceived().forEach((key, value) -> {
            if (!key.equals("form") && !key.equals("anonymous") && !(value instanceof Boolean)) {
                hidden(hidden, key, String.valueOf(value));
            }
        });
        hidden(hidden, "feedback", f.feedback() ? "yes" : "no");
        if (f.consent()) {
            hidden(hidden, "consent", "yes");
        }
        hidden(hidden, "website", "");
        v.put("hidden", hidden.toString());
        return Template.render("confirm", m, v);
    }

    private static String placeOptions(Messages m, Organisations organisations, String selected) {
        StringBuilder out = new StringBuilder("<option value=\"\">").append(Html.escape(m.get("form.place.choose")))
                .append("</option>");
        for (Organisation o : organisations.all()) {
            out.append("<optgroup label=\"").append(Html.escape(o.name(m.language()))).append("\">");
            option(out, o.id(), o.name(m.language()) + " " + m.get("form.place.whole"), selected);
            for (Organisation.Site s : o.sites()) {
                option(out, o.id() + "/" + s.id(), o.name(m.language()) + " " + s.name(m.language()), selected);
            }
            out.append("</optgroup>");
        }
        return out.toString();
    }

    static String placeName(Messages m, Organisations organisations, String place) {
        String[] parts = place.split("/", 2);
        return organisations.find(parts[0]).map(o -> o.name(m.language()) + (parts.length == 2
                ? " " + o.site(parts[1]).map(s -> s.name(m.language())).orElse("") : "")).orElse(place);
    }

    private static void option(StringBuilder out, String value, String label, String selected) {
        out.append("<option value=\"").append(Html.escape(value)).append('"')
                .append(value.equals(selected) ? " selected" : "").append('>').append(Html.escape(label))
                .append("</option>");
    }

    private static void hidden(StringBuilder out, String name, String value) {
        out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.escape(value))
                .append("\">\n");
    }

    private static String checked(boolean on) {
        return on ? "checked" : "";
    }

    private static String orNone(String s, String none) {
        return s.isBlank() ? none : s;
    }
}
