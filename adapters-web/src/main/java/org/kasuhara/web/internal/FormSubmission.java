// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.DemandType;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;

/**
 * The reception form's fields (JHA-2024) as submitted, validated and mapped to a case. {@code submission} is
 * the id the confirmation step gives the message, so that sending it twice stores it once.
 */
record FormSubmission(boolean anonymous, String name, String phone, String email, String place, String occurredAt,
                      String happened, String requests, boolean feedback, boolean consent, String submission) {
    static final int MAX_HAPPENED = 5000;
    static final int MAX_REQUESTS = 2000;
    private static final int MAX_SHORT = 200;

    static FormSubmission from(HttpServletRequest r) {
        String submission = r.getParameter("submission");
        if (submission == null || !submission.matches("[0-9a-f-]{36}")) {
            submission = UUID.randomUUID().toString();
        }
        return new FormSubmission(!"no".equals(r.getParameter("anonymous")), field(r, "name", MAX_SHORT),
                field(r, "phone", MAX_SHORT), field(r, "email", MAX_SHORT), field(r, "place", MAX_SHORT),
                field(r, "occurredAt", MAX_SHORT), field(r, "happened", MAX_HAPPENED + 1),
                field(r, "requests", MAX_REQUESTS + 1), "yes".equals(r.getParameter("feedback")),
                "yes".equals(r.getParameter("consent")), submission);
    }

    static FormSubmission empty() {
        return new FormSubmission(false, "", "", "", "", "", "", "", false, false, UUID.randomUUID().toString());
    }

    /** The message keys of the problems, by field name, in the form's order. */
    Map<String, String> problems(Organisations organisations, ZoneId zone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!anonymous && name.isBlank()) {
            problems.put("name", "error.name");
        }
        if (!phone.isBlank() && !phone.matches("[0-9+()\\- ]{3,30}")) {
            problems.put("phone", "error.phone");
        }
        if (!email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("email", "error.email");
        }
        if (organisation(organisations).isEmpty()) {
            problems.put("place", "error.place");
        }
        if (!occurredAt.isBlank() && occurred(zone).filter(t -> t.isBefore(OffsetDateTime.now(zone))).isEmpty()) {
            problems.put("occurredAt", "error.occurredAt");
        }
        if (happened.isBlank()) {
            problems.put("happened", "error.happened");
        } else if (happened.length() > MAX_HAPPENED) {
            problems.put("happened", "error.happened.long");
        }
        if (requests.length() > MAX_REQUESTS) {
            problems.put("requests", "error.requests.long");
        }
        return problems;
    }

    Optional<Organisation> organisation(Organisations organisations) {
        String[] parts = place.split("/", 2);
        Optional<Organisation> o = organisations.find(parts[0]);
        return parts.length == 2 ? o.filter(org -> org.site(parts[1]).isPresent()) : o;
    }

    String siteId() {
        int slash = place.indexOf('/');
        return slash < 0 ? null : place.substring(slash + 1);
    }

    Optional<OffsetDateTime> occurred(ZoneId zone) {
        try {
            return Optional.of(LocalDateTime.parse(occurredAt).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The case contract v1: a web-form contact with the applicant's own words, requests as a demand. */
    Case toCase(Organisations organisations, OffsetDateTime receivedAt) {
        Applicant applicant = new Applicant(anonymous, anonymous ? null : blankToNull(name), blankToNull(phone),
                blankToNull(email), null, feedback, consent);
        List<Demand> demands = new ArrayList<>();
        if (!requests.isBlank()) {
            demands.add(new Demand(DemandType.OTHER, null, requests));
        }
        List<Contact> contacts = List.of(new Contact(Channel.WEB_FORM, null, null, null, happened, null));
        String org = organisation(organisations).orElseThrow().id();
        return new Case("WEB-" + submission, receivedAt, Channel.WEB_FORM, null, org, siteId(), null, applicant,
                demands, null, contacts, List.of());
    }

    /** The submission as received, kept with the case as its original text (the problem's time included). */
    Map<String, Object> asReceived() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", "kasuhara-web-v1");
        m.put("anonymous", anonymous);
        m.put("name", anonymous ? "" : name);
        m.put("phone", phone);
        m.put("email", email);
        m.put("place", place);
        m.put("occurredAt", occurredAt);
        m.put("happened", happened);
        m.put("requests", requests);
        m.put("feedback", feedback);
        m.put("consent", consent);
        return m;
    }

    private static String field(HttpServletRequest r, String name, int max) {
        String value = r.getParameter(name);
        if (value == null) {
            return "";
        }
        value = value.replace("\r\n", "\n").strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
