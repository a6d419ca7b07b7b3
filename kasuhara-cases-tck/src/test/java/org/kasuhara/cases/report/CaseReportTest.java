// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.cases.tck.StoreFixtures.EMAIL;
import static org.kasuhara.cases.tck.StoreFixtures.NAME;
import static org.kasuhara.cases.tck.StoreFixtures.PHONE;
import static org.kasuhara.cases.tck.StoreFixtures.STAFF;
import static org.kasuhara.cases.tck.StoreFixtures.TEXT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.MutableClock;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.StoredCase;

class CaseReportTest {
    private static final Instant NOW = Instant.parse("2026-11-21T00:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
    private final CaseStore store = CaseStore.inMemory(StoreOptions.defaults().withClock(CLOCK));

    @Test
    void withoutConsentNamesContactDetailsAndStaffAreWithheldWithAVisibleMarkButTheComplaintIsKept() {
        StoredCase stored = assessed(StoreFixtures.complaint("C-1", "acme", "2026-11-20T14:03:00+09:00"));

        CaseReport report = report(stored, ReportLanguage.JA);

        assertThat(report.personalDataShared()).isFalse();
        assertThat(report.applicant().name()).isEqualTo("［非開示：本人の同意なし］");
        assertThat(report.applicant().wantsFeedback()).isTrue();
        for (String out : new String[] {report.toJson(), report.toHtml()}) {
            assertThat(out).doesNotContain(NAME, PHONE, EMAIL, STAFF, "CRM-C-1", "order-C-1")
                    .contains("［非開示：本人の同意なし］", "返金してください", "机を叩いた");
        }
        assertThat(report.toHtml()).contains(escaped(TEXT));
        assertThat(report(stored, ReportLanguage.EN).toHtml()).contains("[withheld: no consent]")
                .doesNotContain(NAME);
    }

    @Test
    void withConsentTheOrganisationSeesWhoComplainedAndHowToReachThem() {
        Case c = StoreFixtures.complaint("C-2", "acme", "2026-11-20T14:03:00+09:00");
        StoredCase stored = assessed(withApplicant(c, new Applicant(false, NAME, PHONE, EMAIL, "CRM-9", false, true)));

        CaseReport report = report(stored, ReportLanguage.EN);

        assertThat(report.personalDataShared()).isTrue();
        assertThat(report.toHtml()).contains(NAME, PHONE, EMAIL, STAFF, "CRM-9", "Named", "consented")
                .doesNotContain("withheld");
        assertThat(report.toJson()).contains(NAME, "\"consentToShare\":true", "\"wantsFeedback\":false");
    }

    @Test
    void personalDataQuotedInsideTheComplaintTextIsWithheldWithoutConsent() {
        Case c = StoreFixtures.complaint("C-3", "acme", "2026-11-20T14:03:00+09:00");
        Case quoting = withContact(c, new Contact(Channel.PHONE, c.receivedAt(), c.receivedAt().plusMinutes(5),
                STAFF, "私は" + NAME + "です。折り返しは" + PHONE + "へ。" + STAFF + "を辞めさせろ", 1));

        String html = report(assessed(quoting), ReportLanguage.JA).toHtml();

        assertThat(html).doesNotContain(NAME, PHONE, STAFF)
                .contains("私は<span class=\"mark\">［非開示：本人の同意なし］</span>です。")
                .contains("を辞めさせろ");
    }

    @Test
    void markupInTheComplaintTextIsEscapedAndTheDocumentIsWellFormedXml() throws Exception {
        Case c = StoreFixtures.complaint("C-4", "acme <b>&</b>", "2026-11-20T14:03:00+09:00");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \u0000\u0007 🍰";
        StoredCase stored = assessed(withContact(c, new Contact(Channel.WEB_FORM, null, null, null, hostile, 0)));

        for (ReportLanguage language : ReportLanguage.values()) {
            String html = report(stored, language).toHtml();

            assertThat(html).doesNotContain("<script", "<img", "<b>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp;")
                    .contains("acme &lt;b&gt;&amp;&lt;/b&gt;", "🍰");
            assertThat(wellFormed(html)).isTrue();
        }
    }

    @Test
    void findingsShowRuleBehaviourNameInTheReportLanguageEvidenceAndSource() {
        StoredCase stored = assessed(StoreFixtures.complaint("C-5", "acme", "2026-11-20T14:03:00+09:00"),
                Behaviour.INTIMIDATION, Behaviour.SNS_EXPOSURE_THREAT);
        var catalogue = GuidelineCatalogue.defaults();

        CaseReport ja = report(stored, ReportLanguage.JA);
        CaseReport en = report(stored, ReportLanguage.EN);

        assertThat(ja.findings()).extracting(ReportFinding::behaviourName).containsExactly(
                catalogue.behaviour(Behaviour.INTIMIDATION).nameJa(),
                catalogue.behaviour(Behaviour.SNS_EXPOSURE_THREAT).nameJa());
        assertThat(en.findings().get(0).behaviourName()).isEqualTo(catalogue.behaviour(Behaviour.INTIMIDATION).nameEn());
        assertThat(ja.toHtml()).contains("KH-T-" + Behaviour.INTIMIDATION.ordinal(), "MHLW-2022 §B-1",
                "カスタマーハラスメント", catalogue.behaviour(Behaviour.SNS_EXPOSURE_THREAT).nameJa(),
                catalogue.action(org.kasuhara.model.ActionType.END_CONTACT_AFTER_WARNING).textJa(),
                "警察への通報を検討してください");
        assertThat(en.toHtml()).contains("Customer harassment", "consider reporting it to the police",
                catalogue.action(org.kasuhara.model.ActionType.END_CONTACT_AFTER_WARNING).textEn());
    }

    @Test
    void theReportSaysWhichRowOfTheVerdictTableDecidedAndOnWhichAxes() {
        Case c = StoreFixtures.complaint("C-8", "acme", "2026-11-20T14:03:00+09:00");
        String receipt = store.intake(c).number();
        var a = StoreFixtures.assessment(c, Verdict.CUSTOMER_HARASSMENT, false, "sha256:v1", Behaviour.INTIMIDATION);
        store.addAssessment(receipt, new org.kasuhara.model.Assessment(a.caseId(), a.verdict(), a.severity(),
                a.policeReport(), a.accepted(), a.findings(), a.actions(), a.reportDueBy(), a.ruleSet(),
                a.firedRules(), new org.kasuhara.model.Basis("KH-VRD-102", "An inappropriate manner is harassment",
                        "手段・態様が社会通念上不相当ならカスハラ", org.kasuhara.model.MannerAxis.INAPPROPRIATE,
                        org.kasuhara.model.DemandAxis.VALID, true)));
        StoredCase stored = store.find(receipt).orElseThrow();

        assertThat(report(stored, ReportLanguage.JA).toHtml()).contains(
                "判定の根拠: KH-VRD-102 手段・態様が社会通念上不相当ならカスハラ（態様: 不相当、要求: 妥当、時間・回数の基準に到達）");
        assertThat(report(stored, ReportLanguage.EN).toHtml()).contains("Decided by: KH-VRD-102 An inappropriate "
                + "manner is harassment (manner: inappropriate, demand: valid, time or count line reached)");
        assertThat(report(stored, ReportLanguage.EN).toJson()).contains("\"basis\":{\"rule\":\"KH-VRD-102\"");
        assertThat(report(this.assessed(StoreFixtures.complaint("C-9", "acme", "2026-11-20T14:03:00+09:00")),
                ReportLanguage.JA).toHtml()).doesNotContain("判定の根拠");
    }

    @Test
    void theReportNamesReceiptDeadlineTimesInTokyoAndTheRuleSetVersion() {
        StoredCase stored = assessed(StoreFixtures.complaint("C-6", "acme", "2026-11-20T05:03:00Z"));

        CaseReport report = report(stored, ReportLanguage.JA);

        assertThat(report.toHtml()).contains(stored.receipt(), "2026-11-26", "2026-11-20 14:03 (UTC+09:00)",
                "kasuhara-default sha256:v1", "新宿店", "acme", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\"");
        assertThat(report.toJson()).contains("\"receipt\":\"" + stored.receipt() + "\"", "\"reportDueBy\":\"2026-11-26\"",
                "\"version\":\"sha256:v1\"", "\"verdict\":\"CUSTOMER_HARASSMENT\"", "\"rule\":\"KH-T-");
    }

    @Test
    void anUnassessedCaseIsReportedAsNotYetAssessed() {
        var receipt = store.intake(StoreFixtures.complaint("C-7", "acme", "2026-11-20T14:03:00+09:00"));

        CaseReport report = report(store.find(receipt.number()).orElseThrow(), ReportLanguage.EN);

        assertThat(report.verdict()).isNull();
        assertThat(report.findings()).isEmpty();
        assertThat(report.toHtml()).contains("Not yet assessed");
    }

    @Test
    void afterTheRetentionPurgeTextsReadPurged() {
        MutableClock clock = new MutableClock(NOW);
        CaseStore purging = CaseStore.inMemory(StoreOptions.defaults().withClock(clock));
        Case c = StoreFixtures.complaint("C-8", "acme", "2026-11-20T14:03:00+09:00");
        String receipt = purging.intake(c).number();
        purging.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.NEEDS_REVIEW, false, "sha256:v1",
                Behaviour.INTIMIDATION));
        purging.closeCase(receipt, "counter-7", CaseOutcome.GAVE_UP);
        clock.advance(java.time.Duration.ofDays(400));
        purging.purgePersonalData(Period.ofYears(1));

        CaseReport report = CaseReport.of(purging.find(receipt).orElseThrow(), ReportLanguage.JA,
                GuidelineCatalogue.defaults(), Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")));

        assertThat(report.purged()).isTrue();
        assertThat(report.contacts().get(0).text()).isEqualTo(ReportLanguage.JA.purged());
        assertThat(report.toHtml()).contains("保存期間の経過により個人情報と本文は削除されています").doesNotContain(NAME, TEXT);
    }

    private StoredCase assessed(Case c, Behaviour... behaviours) {
        String receipt = store.intake(c).number();
        Behaviour[] found = behaviours.length == 0 ? new Behaviour[] {Behaviour.INTIMIDATION} : behaviours;
        store.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.CUSTOMER_HARASSMENT, true, "sha256:v1",
                found));
        return store.find(receipt).orElseThrow();
    }

    private static CaseReport report(StoredCase stored, ReportLanguage language) {
        return CaseReport.of(stored, language, GuidelineCatalogue.defaults(), CLOCK);
    }

    private static Case withApplicant(Case c, Applicant applicant) {
        return new Case(c.id(), c.receivedAt(), c.channel(), c.language(), c.organization(), c.site(), c.matter(),
                applicant, c.demands(), c.facts(), c.contacts(), c.observations());
    }

    private static Case withContact(Case c, Contact contact) {
        return new Case(c.id(), c.receivedAt(), c.channel(), c.language(), c.organization(), c.site(), c.matter(),
                c.applicant(), c.demands(), c.facts(), java.util.List.of(contact), c.observations());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static boolean wellFormed(String xhtml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8))) != null;
    }
}
