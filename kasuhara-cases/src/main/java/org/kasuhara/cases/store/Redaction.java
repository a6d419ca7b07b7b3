// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.util.List;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Observation;

/**
 * What the retention purge keeps of a case: every figure the statistics need (channel, times, organisation, site,
 * demand types and amounts, behaviours, verdicts) and none of the personal data or free text (applicant's name and
 * contact details, customer reference, matter, staff, texts, notes, quoted evidence). Every store purges with these
 * functions, so all stores keep the same.
 */
public final class Redaction {
    /** What replaces quoted evidence in purged assessments. */
    public static final String PURGED = "[削除済み / purged]";

    private Redaction() {
    }

    /**
     * @param original a case
     * @return the same case without personal data or free text
     */
    public static Case anonymise(Case original) {
        Applicant a = original.applicant();
        Applicant kept = new Applicant(a.anonymous(), null, null, null, null, a.wantsFeedback(), a.consentToShare());
        List<Demand> demands = original.demands().stream()
                .map(d -> new Demand(d.type(), d.amountYen(), null)).toList();
        List<Contact> contacts = original.contacts().stream()
                .map(c -> new Contact(c.channel(), c.start(), c.end(), null, null, c.exitRequests())).toList();
        List<Observation> observations = original.observations().stream()
                .map(o -> new Observation(o.behaviour(), null, null)).toList();
        return new Case(original.id(), original.receivedAt(), original.channel(), original.language(),
                original.organization(), original.site(), null, kept, demands, original.facts(), contacts,
                observations);
    }

    /**
     * @param original an assessment
     * @return the same assessment with quoted evidence replaced by {@value #PURGED}
     */
    public static Assessment anonymise(Assessment original) {
        List<Finding> findings = original.findings().stream()
                .map(f -> new Finding(f.rule(), f.behaviour(), f.severity(), PURGED, f.source(), null)).toList();
        return new Assessment(original.caseId(), original.verdict(), original.severity(), original.policeReport(),
                original.accepted(), findings, original.actions(), original.reportDueBy(), original.ruleSet(),
                original.firedRules());
    }

    /**
     * @param review a staff review
     * @return the same review with its free-text reason (which may name people) replaced by {@link #PURGED}
     */
    public static VerdictReview withoutReason(VerdictReview review) {
        return review.reason().isEmpty() ? review : new VerdictReview(review.assessment(), review.engine(),
                review.staff(), PURGED, review.by(), review.at());
    }

    /**
     * @param decision a staff decision on an action
     * @return the same decision with its free-text reason replaced by {@link #PURGED}
     */
    public static ActionDecision withoutReason(ActionDecision decision) {
        return decision.reason().isEmpty() ? decision : new ActionDecision(decision.assessment(), decision.action(),
                decision.confirmed(), PURGED, decision.by(), decision.at());
    }
}
