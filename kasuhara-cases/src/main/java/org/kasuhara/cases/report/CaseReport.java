// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Basis;
import org.kasuhara.model.Channel;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.report.internal.CaseReportBuilder;
import org.kasuhara.cases.report.internal.CaseReportHtml;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.StoredCase;

/**
 * The counter's report of one case to the person in charge at the organisation (JHA-2024): applicant
 * (anonymous or named) and contact details, organisation and site, staff, date and time, the complaint and requests,
 * whether feedback is wanted, the counter's findings and advice, receipt number, report deadline and the rule set
 * that decided. Built with {@link #of(StoredCase, ReportLanguage)}; written with {@link #toJson()} and
 * {@link #toHtml()}.
 *
 * <p><b>Privacy.</b> The complaint (what was said or written, the requests, staff notes, the evidence) is the
 * substance of the report and is always included. The applicant's name, phone, e-mail and customer reference, the
 * matter and the staff names are personal data: they are included only when the applicant consented
 * ({@code applicant.consentToShare = true}); otherwise each is replaced by {@link ReportLanguage#withheld()}, and
 * so is every occurrence of those values inside the texts. After the retention purge the texts read
 * {@link ReportLanguage#purged()}.
 *
 * @param language           the language of names, labels and marks
 * @param generatedAt        when the report was made, in the report's zone
 * @param receipt            the receipt number
 * @param caseId             the case id as submitted
 * @param status             where the case is in its lifecycle
 * @param receivedAt         when the case was received, in the report's zone
 * @param reportDueBy        the last day to report the case to the organisation
 * @param channel            how the case was received
 * @param organization       the organisation, or {@code null}
 * @param site               the branch or store, or {@code null}
 * @param matter             what the case is about, the withheld mark, or {@code null}
 * @param applicant          the applicant
 * @param contacts           the contacts: date and time, staff, what was said
 * @param requests           the applicant's requests
 * @param observations       behaviours staff saw
 * @param verdict            the latest assessment's verdict, {@code null} while unassessed
 * @param severity           its severity, {@code null} while unassessed
 * @param basis              the verdict table's row that decided and the two axes it read, {@code null} while
 *                           unassessed or when the rule set decides without a table row
 * @param policeReport       whether the counter recommends reporting to the police
 * @param accepted           {@code false} when the message itself threatens or slanders and was not accepted
 * @param findings           the findings of the latest assessment
 * @param advice             the recommended actions of the latest assessment
 * @param ruleSet            the rule set (name and version) that decided, {@code null} while unassessed
 * @param personalDataShared whether the applicant's personal data is included (consent given)
 * @param purged             whether the retention purge removed the case's personal data and texts
 */
public record CaseReport(ReportLanguage language, OffsetDateTime generatedAt, String receipt, String caseId,
                         CaseStatus status, OffsetDateTime receivedAt, LocalDate reportDueBy, Channel channel,
                         String organization, String site, String matter, ReportApplicant applicant,
                         List<ReportContact> contacts, List<ReportRequest> requests,
                         List<ReportObservation> observations, Verdict verdict, Severity severity,
                         Basis basis, boolean policeReport, boolean accepted, List<ReportFinding> findings,
                         List<ReportAdvice> advice, RuleSetRef ruleSet, boolean personalDataShared, boolean purged) {

    /** The counter's zone, in which dates and times are shown unless told otherwise. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Checks the fields and copies the lists. */
    public CaseReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reportDueBy, "reportDueBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicant, "applicant");
        contacts = List.copyOf(contacts);
        requests = List.copyOf(requests);
        observations = List.copyOf(observations);
        findings = List.copyOf(findings);
        advice = List.copyOf(advice);
    }

    /**
     * The report of a stored case with the default guideline catalogue, in Tokyo time, made now.
     *
     * @param stored   the case and its assessments (the latest one is reported)
     * @param language the report's language
     * @return the report
     * @throws NullPointerException when an argument is null
     */
    public static CaseReport of(StoredCase stored, ReportLanguage language) {
        return of(stored, language, GuidelineCatalogue.defaults(), Clock.system(TOKYO));
    }

    /**
     * The report of a stored case.
     *
     * @param stored    the case and its assessments (the latest one is reported)
     * @param language  the report's language
     * @param catalogue where behaviour names and action texts come from
     * @param clock     the time of the report; its zone is the zone dates and times are shown in
     * @return the report
     * @throws NullPointerException when an argument is null
     */
    public static CaseReport of(StoredCase stored, ReportLanguage language, GuidelineCatalogue catalogue,
                                Clock clock) {
        return new CaseReportBuilder(Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(clock, "clock"))
                .build(Objects.requireNonNull(stored, "stored"));
    }

    /** @return the report as one JSON object (personal data as in the record: withheld without consent) */
    public String toJson() {
        return KasuharaJson.toJson(this);
    }

    /**
     * @return the report as a printable, self-contained XHTML document (UTF-8, A4, inline CSS), every text escaped;
     *         well-formed XML, so {@code kasuhara-adapter-pdf} can render it as PDF
     */
    public String toHtml() {
        return new CaseReportHtml(this).render();
    }
}
