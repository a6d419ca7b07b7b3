// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.StoredCase;

/**
 * The API's views of stored cases. An organisation sees the applicant's name and contact details only when the
 * applicant consented to sharing them (JHA-2024); the counter's staff see everything.
 */
final class CaseViews {
    private CaseViews() {
    }

    static Map<String, Object> receipt(Receipt receipt, StoredCase stored, boolean differs) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("receipt", receipt.number());
        view.put("caseId", receipt.caseId());
        view.put("organization", receipt.organization());
        view.put("resubmission", receipt.resubmission());
        if (differs) {
            // the same id with other content: not stored, the first case is kept; the sender must hear it
            view.put("resubmissionDiffers", true);
        }
        view.put("reportDueBy", receipt.reportDueBy());
        stored.latestAssessment().map(AssessmentEntry::assessment).ifPresent(a -> view.put("assessment", a));
        return view;
    }

    static Map<String, Object> of(StoredCase stored, Principal principal, LocalDate today) {
        Map<String, Object> view = summary(stored, today);
        Case data = stored.caseData();
        boolean consent = Boolean.TRUE.equals(data.applicant().consentToShare());
        view.put("case", principal.isStaff() || consent ? data : withoutContactDetails(data));
        view.put("assessments", stored.assessments());
        return view;
    }

    static Map<String, Object> list(List<StoredCase> cases, LocalDate today, String next) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cases", cases.stream().map(c -> summary(c, today)).toList());
        view.put("next", next);
        return view;
    }

    private static Map<String, Object> summary(StoredCase stored, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("receipt", stored.receipt());
        view.put("caseId", stored.caseId());
        if (stored.organization() != null) {
            view.put("organization", stored.organization());
        }
        view.put("status", stored.status());
        view.put("storedAt", stored.storedAt());
        view.put("reportDueBy", stored.reportDueBy());
        view.put("overdue", CaseQuery.overdue(today).matches(stored));
        stored.latestAssessment().ifPresent(e -> {
            view.put("verdict", e.assessment().verdict());
            view.put("severity", e.assessment().severity());
            view.put("policeReport", e.assessment().policeReport());
            view.put("accepted", e.assessment().accepted());
        });
        return view;
    }

    static Case withOrganization(Case c, String organization) {
        return new Case(c.id(), c.receivedAt(), c.channel(), c.language(), organization, c.site(), c.matter(),
                c.applicant(), c.demands(), c.facts(), c.contacts(), c.observations());
    }

    private static Case withoutContactDetails(Case c) {
        Applicant a = c.applicant();
        Applicant kept = new Applicant(a.anonymous(), null, null, null, null, a.wantsFeedback(), a.consentToShare());
        return new Case(c.id(), c.receivedAt(), c.channel(), c.language(), c.organization(), c.site(), c.matter(),
                kept, c.demands(), c.facts(), c.contacts(), c.observations());
    }
}
