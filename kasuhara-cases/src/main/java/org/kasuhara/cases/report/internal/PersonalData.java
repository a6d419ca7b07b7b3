// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Observation;
import org.kasuhara.cases.report.ReportLanguage;

/**
 * What a case report may show of the case's personal data: everything with the applicant's consent; without it,
 * the withheld mark for each value and for every occurrence of a known value (name, phone, e-mail, customer
 * reference, matter, staff handle) inside free text. Free text is otherwise kept: it is the complaint itself.
 */
final class PersonalData {
    private static final int SHORTEST_REPLACED = 2;

    private final boolean shared;
    private final ReportLanguage language;
    private final List<String> known;

    PersonalData(Case c, ReportLanguage language) {
        this.shared = Boolean.TRUE.equals(c.applicant().consentToShare());
        this.language = language;
        List<String> values = new ArrayList<>();
        add(values, c.applicant().name());
        add(values, c.applicant().phone());
        add(values, c.applicant().email());
        add(values, c.applicant().customerRef());
        add(values, c.matter());
        for (Contact contact : c.contacts()) {
            add(values, contact.staff());
        }
        for (Observation observation : c.observations()) {
            add(values, observation.staff());
        }
        values.sort(Comparator.comparingInt(String::length).reversed());   // the longest first: 高橋次郎 before 高橋
        this.known = List.copyOf(values);
    }

    boolean shared() {
        return shared;
    }

    /** A personal value: itself with consent, the withheld mark without, {@code null} when not given. */
    String value(String personal) {
        if (personal == null || personal.isBlank()) {
            return null;
        }
        return shared ? personal : language.withheld();
    }

    /** Free text: itself with consent; without, every known personal value in it replaced by the withheld mark. */
    String text(String text) {
        if (text == null || shared) {
            return text;
        }
        String redacted = text;
        for (String value : known) {
            redacted = redacted.replace(value, language.withheld());
        }
        return redacted;
    }

    private static void add(List<String> values, String value) {
        if (value != null && value.strip().length() >= SHORTEST_REPLACED && !values.contains(value.strip())) {
            values.add(value.strip());
        }
    }
}
