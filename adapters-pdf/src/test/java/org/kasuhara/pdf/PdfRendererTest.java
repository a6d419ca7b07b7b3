// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.report.CaseReport;
import org.kasuhara.cases.report.MonthlyReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;

/**
 * Real PDFs with the bundled Japanese font (no font of the machine's is looked at), read back with PDFBox's text
 * extraction.
 */
class PdfRendererTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:30:00Z"), ZoneId.of("Asia/Tokyo"));
    private static PdfRenderer renderer;
    private static CaseStore store;
    private static String receipt;

    @BeforeAll
    static void japaneseFontAndOneAssessedCase() {
        renderer = PdfRenderer.withFont(JapaneseFont.bundled());
        store = CaseStore.inMemory(StoreOptions.defaults().withClock(CLOCK));
        Case c = StoreFixtures.complaint("P-1", "acme", "2026-11-20T14:03:00+09:00");
        receipt = store.intake(c).number();
        store.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.CUSTOMER_HARASSMENT, true, "sha256:v1",
                Behaviour.INTIMIDATION));
    }

    @Test
    void theJapaneseCaseReportIsJapaneseTextInThePdfWithTheFontEmbedded() throws IOException {
        byte[] pdf = renderer.render(caseReport(ReportLanguage.JA).toHtml());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("カスタマーハラスメント", receipt, "案件報告書", "申出者", "返金してください",
                    "威圧的な言動", "非開示：本人の同意なし", "2026-11-26")
                    .doesNotContain(StoreFixtures.NAME, StoreFixtures.PHONE);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theEnglishCaseReportReadsBackInEnglish() throws IOException {
        String text = textOf(renderer.render(caseReport(ReportLanguage.EN).toHtml()));

        assertThat(text).contains("Customer harassment counter", receipt, "withheld: no consent",
                "The counter's advice", "返金してください");
    }

    @Test
    void theMonthlyTotalsInBothLanguagesBecomePdfs() throws IOException {
        MonthlyReport ja = MonthlyReport.of(store, YearMonth.of(2026, 11), null, ReportLanguage.JA);
        MonthlyReport en = MonthlyReport.of(store, YearMonth.of(2026, 11), "acme", ReportLanguage.EN);

        assertThat(textOf(renderer.render(ja.toHtml()))).contains("月次集計 2026年11月", "判定別", "カスタマーハラスメント",
                "行為類型別", "威圧的な言動", "受付件数");
        assertThat(textOf(renderer.render(en.toHtml()))).contains("Customer harassment counter — Monthly totals, November 2026", "(acme)",
                "By verdict", "Customer harassment");
    }

    @Test
    void hostileComplaintTextStaysTextInThePdf() throws IOException {
        Case c = StoreFixtures.complaint("P-2", "acme", "2026-11-20T14:03:00+09:00");
        Case hostile = new Case(c.id(), c.receivedAt(), c.channel(), c.language(), c.organization(), c.site(),
                c.matter(), c.applicant(), c.demands(), c.facts(), java.util.List.of(new org.kasuhara.model.Contact(
                        c.channel(), null, null, null, "<script>alert(1)</script> & </body>", 0)), c.observations());
        String number = store.intake(hostile).number();

        String text = textOf(renderer.render(CaseReport.of(store.find(number).orElseThrow(), ReportLanguage.JA,
                GuidelineCatalogue.defaults(), CLOCK).toHtml()));

        assertThat(text).contains("<script>alert(1)</script> & </body>", "未判定");
    }

    @Test
    void aDocumentThatIsNotXmlFailsWithoutQuotingIt() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>" + StoreFixtures.NAME + "</body>"))
                .isInstanceOf(PdfException.class).message().doesNotContain(StoreFixtures.NAME);
    }

    private static CaseReport caseReport(ReportLanguage language) {
        return CaseReport.of(store.find(receipt).orElseThrow(), language, GuidelineCatalogue.defaults(), CLOCK);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
