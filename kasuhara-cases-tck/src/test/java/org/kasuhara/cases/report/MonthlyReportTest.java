// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;

class MonthlyReportTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:30:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final CaseStore store = CaseStore.inMemory(StoreOptions.defaults().withClock(Clock.fixed(NOW,
            ZoneId.of("UTC"))));

    @BeforeEach
    void threeCasesInNovemberOneInOctober() {
        assess("N-1", "acme", "2026-11-20T14:03:00+09:00", Verdict.CUSTOMER_HARASSMENT, true,
                Behaviour.INTIMIDATION, Behaviour.CONFINEMENT);
        assess("N-2", "acme", "2026-11-24T10:00:00+09:00", Verdict.LEGITIMATE_COMPLAINT, false);
        assess("N-3", "bento, co", "2026-11-01T00:10:00+09:00", Verdict.CUSTOMER_HARASSMENT, false,
                Behaviour.INTIMIDATION);
        assess("O-1", "acme", "2026-10-31T23:50:00+09:00", Verdict.NEEDS_REVIEW, false);
        store.markReported(store.findByCaseId("acme", "N-1").orElseThrow().receipt(), "counter-7");
        store.closeCase(store.findByCaseId("acme", "N-1").orElseThrow().receipt(), "counter-7",
                CaseOutcome.ESCALATED_TO_POLICE);
    }

    @Test
    void csvHasAHeaderAndOneRowPerFigureAndItsBytesStartWithTheUtf8Bom() {
        MonthlyReport report = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.JA);

        String csv = report.toCsv();

        assertThat(csv.lines().findFirst()).hasValue("section,key,label,count");
        assertThat(csv).contains("cases,received,受付件数,3\r\n", "verdict,CUSTOMER_HARASSMENT,カスタマーハラスメント,2\r\n",
                "verdict,NEEDS_REVIEW,要確認,0\r\n", "channel,PHONE,電話,3\r\n", "organization,acme,acme,2\r\n",
                "organization,\"bento, co\",\"bento, co\",1\r\n", "police,recommended,警察への通報を推奨,1\r\n",
                "police,escalated,警察へ通報済み,1\r\n", "outcome,ESCALATED_TO_POLICE,警察へ通報,1\r\n",
                "report,late,期限後に報告,1\r\n", "report,on_time,期限内に報告,0\r\n", "report,not_reported_overdue,未報告（期限超過）,2\r\n");
        assertThat(csv).contains("behaviour,INTIMIDATION,").contains("site,acme/新宿店,acme / 新宿店,2\r\n");
        byte[] bytes = report.toCsvBytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(MonthlyReport.BOM + csv);
    }

    @Test
    void englishCsvLabelsAndFormulaLikeNamesAreDefused() {
        assess("N-4", "=HYPERLINK(\"x\")", "2026-11-25T10:00:00+09:00", Verdict.NEEDS_REVIEW, false);

        String csv = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.EN).toCsv();

        assertThat(csv).contains("cases,received,cases received,4\r\n", "report,late,reported late,1\r\n")
                .contains("organization,\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",1\r\n");
    }

    @Test
    void jsonHoldsTheTotalsOfTheMonthOnly() {
        String json = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.EN).toJson();

        assertThat(json).contains("\"month\":\"2026-11\"", "\"cases\":3", "\"CUSTOMER_HARASSMENT\":2",
                "\"policeReports\":1", "\"escalatedToPolice\":1", "\"language\":\"EN\"", "\"reportedLate\":1");
    }

    @Test
    void theOrganisationFilterTotalsOneOrganisation() {
        MonthlyReport acme = MonthlyReport.of(store, NOVEMBER, "acme", ReportLanguage.JA);

        assertThat(acme.totals().cases()).isEqualTo(2);
        assertThat(acme.totals().byOrganization()).containsOnlyKeys("acme");
        assertThat(acme.toHtml()).contains("月次集計 2026年11月（acme）").doesNotContain("bento");
    }

    @Test
    void theDocumentHasBarChartsInJapaneseAndEnglishAndIsWellFormed() throws Exception {
        String ja = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.JA).toHtml();
        String en = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.EN).toHtml();

        assertThat(ja).contains("月次集計 2026年11月（全組織）", "判定別", "行為類型別", "受付経路別", "組織別",
                "支店・店舗別", "組織への報告（3営業日以内）", "<div class=\"bar\" style=\"width: 100%\"></div>",
                "<div class=\"bar\" style=\"width: 50%\"></div>", "bento, co");
        assertThat(en).contains("Monthly totals, November 2026 (all organisations)", "By verdict", "By behaviour",
                "Customer harassment", "Reported late");
        assertThat(CaseReportTest.wellFormed(ja)).isTrue();
        assertThat(CaseReportTest.wellFormed(en)).isTrue();
    }

    @Test
    void thePreviousMonthIsTakenInTokyoTime() {
        Clock firstOfDecemberInTokyo = Clock.fixed(Instant.parse("2026-11-30T16:00:00Z"), ZoneId.of("UTC"));

        assertThat(MonthlyReport.previousMonth(firstOfDecemberInTokyo, CaseReport.TOKYO)).isEqualTo(NOVEMBER);
        assertThat(MonthlyReport.previousMonth(firstOfDecemberInTokyo, ZoneId.of("UTC")))
                .isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void anEmptyMonthStillMakesEveryDocument() throws Exception {
        MonthlyReport empty = MonthlyReport.of(store, YearMonth.of(2025, 1), null, ReportLanguage.EN);

        assertThat(empty.toCsv()).contains("cases,received,cases received,0\r\n");
        assertThat(empty.toHtml()).contains("None");
        assertThat(CaseReportTest.wellFormed(empty.toHtml())).isTrue();
    }

    private void assess(String id, String org, String at, Verdict verdict, boolean police, Behaviour... found) {
        Case c = StoreFixtures.complaint(id, org, at);
        String receipt = store.intake(c).number();
        store.addAssessment(receipt, StoreFixtures.assessment(c, verdict, police, "sha256:v1", found));
    }

    @Test
    void theReportGivesTheShareOfVerdictsStaffConfirmed() {
        String n1 = store.findByCaseId("acme", "N-1").orElseThrow().receipt();
        var engineVerdict = store.find(n1).orElseThrow().latestAssessment().orElseThrow().assessment().verdict();
        store.reviewVerdict(n1, "counter-7", engineVerdict, "");

        String csv = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.EN).toCsv();
        String html = MonthlyReport.of(store, NOVEMBER, null, ReportLanguage.JA).toHtml();

        assertThat(csv).contains("staff,reviewed,verdicts reviewed by staff,1", "staff,agreed,verdicts staff confirmed,1",
                "staff,agreement_rate,agreement rate,1.000");
        assertThat(html).contains("判定の一致率（スタッフが支持）", "100.0 % (1 / 1)");
    }
}
