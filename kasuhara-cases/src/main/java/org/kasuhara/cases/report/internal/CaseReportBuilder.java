// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.kasuhara.catalogue.ActionInfo;
import org.kasuhara.catalogue.BehaviourInfo;
import org.kasuhara.catalogue.DemandTypeInfo;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.model.Action;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.DemandType;
import org.kasuhara.cases.report.CaseReport;
import org.kasuhara.cases.report.ReportAdvice;
import org.kasuhara.cases.report.ReportApplicant;
import org.kasuhara.cases.report.ReportContact;
import org.kasuhara.cases.report.ReportFinding;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.report.ReportObservation;
import org.kasuhara.cases.report.ReportRequest;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.StoredCase;

/** Makes a {@link CaseReport} of a stored case: names from the catalogue, times in the clock's zone, privacy applied. */
public final class CaseReportBuilder {
    private final ReportLanguage language;
    private final GuidelineCatalogue catalogue;
    private final Clock clock;

    /**
     * @param language  the report's language
     * @param catalogue names of behaviours, requests and actions
     * @param clock     the report's time and zone
     */
    public CaseReportBuilder(ReportLanguage language, GuidelineCatalogue catalogue, Clock clock) {
        this.language = language;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * @param stored the case
     * @return its report
     */
    public CaseReport build(StoredCase stored) {
        Case c = stored.caseData();
        PersonalData personal = new PersonalData(c, language);
        Assessment latest = stored.latestAssessment().map(AssessmentEntry::assessment).orElse(null);
        Applicant a = c.applicant();
        ReportApplicant applicant = new ReportApplicant(a.anonymous(), personal.value(a.name()),
                personal.value(a.phone()), personal.value(a.email()), personal.value(a.customerRef()),
                a.wantsFeedback(), personal.shared());
        return new CaseReport(language, OffsetDateTime.now(clock), stored.receipt(), c.id(), stored.status(),
                inZone(c.receivedAt()), stored.reportDueBy(), c.channel(), c.organization(), c.site(),
                personal.value(c.matter()), applicant, contacts(c, personal, stored.purged()),
                requests(c, personal, stored.purged()), observations(c, personal, stored.purged()),
                latest == null ? null : latest.verdict(), latest == null ? null : latest.severity(),
                latest == null ? null : latest.basis(), latest != null && latest.policeReport(), latest == null || latest.accepted(),
                findings(latest, personal), advice(latest), latest == null ? null : latest.ruleSet(),
                personal.shared() && !stored.purged(), stored.purged());
    }

    private List<ReportContact> contacts(Case c, PersonalData personal, boolean purged) {
        return c.contacts().stream().map(contact -> new ReportContact(contact.channel(), inZone(contact.start()),
                inZone(contact.end()), contact.duration().toMinutes(), personal.value(contact.staff()),
                freeText(contact.text(), personal, purged), contact.exitRequestCount())).toList();
    }

    private List<ReportRequest> requests(Case c, PersonalData personal, boolean purged) {
        return c.demands().stream().map(d -> new ReportRequest(d.type(), demandName(d.type()), d.amountYen(),
                freeText(d.text(), personal, purged))).toList();
    }

    private List<ReportObservation> observations(Case c, PersonalData personal, boolean purged) {
        return c.observations().stream().map(o -> new ReportObservation(o.behaviour(), behaviourName(o.behaviour()),
                freeText(o.note(), personal, purged), personal.value(o.staff()))).toList();
    }

    private List<ReportFinding> findings(Assessment latest, PersonalData personal) {
        if (latest == null) {
            return List.of();
        }
        return latest.findings().stream().map(f -> new ReportFinding(f.rule(), f.behaviour(),
                behaviourName(f.behaviour()), f.severity(), personal.text(f.evidence()), f.source())).toList();
    }

    private List<ReportAdvice> advice(Assessment latest) {
        if (latest == null) {
            return List.of();
        }
        return latest.actions().stream().map(this::advice).toList();
    }

    private ReportAdvice advice(Action action) {
        ActionInfo info = catalogue.action(action.type());
        String text = info == null ? action.text() : language.of(info.textJa(), info.textEn());
        return new ReportAdvice(action.type(), text, action.humanConfirmation());
    }

    private String behaviourName(Behaviour behaviour) {
        BehaviourInfo info = catalogue.behaviour(behaviour);
        return info == null ? behaviour.name() : language.of(info.nameJa(), info.nameEn());
    }

    private String demandName(DemandType type) {
        DemandTypeInfo info = catalogue.demandType(type);
        return info == null ? type.name() : language.of(info.nameJa(), info.nameEn());
    }

    /** Purged text is {@code null} in the store; the report shows the purge mark where text had been. */
    private String freeText(String text, PersonalData personal, boolean purged) {
        if (text == null) {
            return purged ? language.purged() : null;
        }
        return personal.text(text);
    }

    private OffsetDateTime inZone(OffsetDateTime time) {
        ZoneId zone = clock.getZone();
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
