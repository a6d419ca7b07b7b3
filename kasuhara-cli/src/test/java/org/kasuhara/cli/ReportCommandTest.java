// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara report …} on a real H2 case store holding the sample cases. */
public class ReportCommandTest {
    private static final Path CASES = SampleCasesTest.CASES;
    private static final String CALL = CASES.resolve("harassment-74-minute-call.json").toString();
    private static final String MIXED = CASES.resolve("mixed.jsonl").toString();
    private static final String CAKE = CASES.resolve("legitimate-wrong-name-cake-refund.json").toString();

    @TempDir
    Path data;

    @BeforeEach
    public void intakeSampleCases() {
        CliRun intake = CliRun.of("cases", "intake", "--data", data.toString(), CALL, CAKE, MIXED);
        assertThat(intake.exit()).as(intake.err()).isZero();
    }

    @Test
    public void caseReportIsAJapaneseDocumentWithPersonalDataWithheldWithoutConsent() {
        CliRun run = report("case", "KH-00000001");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("案件報告書", "KH-00000001", "EX-2026-0006",
                "［非開示：本人の同意なし］", "カスタマーハラスメント", "acme-telecom", "料金プランの変更について")
                .doesNotContain("高橋次郎", "090-0000-0006", "op-17", "CRM-4471");
    }

    @Test
    public void aBlankOrganisationIsRefusedWithAMessageNotAStackTrace() {
        CliRun run = report("monthly", "--month", "2026-11", "--org", " ");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("organization must not be blank").doesNotContain("Exception");
    }

    @Test
    public void caseReportByCaseIdAndOrganisationAsEnglishJson() {
        CliRun run = report("case", "EX-2026-0006", "--org", "acme-telecom", "--format", "json", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"receipt\":\"KH-00000001\"", "\"language\":\"EN\"",
                "\"name\":\"[withheld: no consent]\"", "\"verdict\":\"CUSTOMER_HARASSMENT\"", "\"rule\":\"KH-")
                .doesNotContain("高橋次郎");
    }

    @Test
    public void caseReportAsPdfFileReadsBackInJapanese() throws Exception {
        Path pdf = data.resolve("out/KH-00000001.pdf");

        CliRun run = report("case", "KH-00000001", "--format", "pdf", "-o", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(textOf(pdf)).contains("カスタマーハラスメント", "KH-00000001", "案件報告書").doesNotContain("高橋次郎");
    }

    @Test
    public void writingAPdfLogsNoWarningPerGlyph() throws Exception {
        // its own JVM, as ./kasuhara runs: logging is set up from the command's simplelogger.properties
        Path log = data.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CliRun.ownJvmClasspath(), KasuharaCommand.class.getName(), "report", "case",
                "KH-00000001", "--data", data.toString(), "--format", "pdf", "-o", data.resolve("quiet.pdf").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(java.nio.file.Files.readString(log)).isZero();
        // PDFBox warned once per glyph of the embedded font without a Unicode mapping: 65,000 lines a report
        assertThat(java.nio.file.Files.readString(log)).doesNotContain("No Unicode mapping", "WARN org.apache.pdfbox");
        assertThat(java.nio.file.Files.readAllLines(log)).hasSizeLessThan(10);
    }

    @Test
    public void pdfWithoutAnOutputFileAndAnUnknownCaseAreUsageErrors() {
        CliRun pdf = report("case", "KH-00000001", "--format", "pdf", "--lang", "en");
        CliRun unknown = report("case", "KH-00000099");
        CliRun csv = report("case", "KH-00000001", "--format", "csv");

        assertThat(pdf.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(pdf.err()).contains("PDF needs -o FILE");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("KH-00000099");
        assertThat(csv.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    public void monthlyCsvFileStartsWithTheBomForExcelAndStandardOutputHasNone() throws Exception {
        Path csv = data.resolve("2026-11.csv");

        CliRun file = report("monthly", "--month", "2026-11", "--format", "csv", "-o", csv.toString());
        CliRun stdout = report("monthly", "--month", "2026-11", "--format", "csv", "--lang", "en");

        assertThat(file.exit()).as(file.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("section,key,label,count",
                "cases,received,受付件数,5", "organization,acme-telecom,acme-telecom,2");
        assertThat(stdout.out()).startsWith("section,key,label,count").contains("cases,received,cases received,5");
    }

    @Test
    public void monthlyJsonForOneOrganisation() {
        CliRun run = report("monthly", "--month", "2026-11", "--org", "acme-telecom", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"month\":\"2026-11\"", "\"organization\":\"acme-telecom\"", "\"cases\":2",
                "\"CUSTOMER_HARASSMENT\":2");
    }

    @Test
    public void monthlyDocumentInEnglishHasItsCharts() {
        CliRun run = report("monthly", "--month", "2026-11", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Monthly totals, November 2026 (all organisations)", "By verdict",
                "By behaviour", "By channel", "class=\"bar\"");
    }

    @Test
    public void monthlyPdfReadsBackInJapanese() throws Exception {
        Path pdf = data.resolve("monthly.pdf");

        CliRun run = report("monthly", "--month", "2026-11", "--format", "pdf", "-o", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(textOf(pdf)).contains("月次集計 2026年11月", "判定別", "カスタマーハラスメント", "受付件数");
    }

    @Test
    public void theDefaultMonthIsThePreviousOneInTokyo() {
        CliRun run = report("monthly", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"month\":\"" + YearMonth.now(ZoneId.of("Asia/Tokyo")).minusMonths(1) + "\"");
    }

    /** The command's own classpath: the tests' minus the examples jar, whose logging settings are its own. */
    private CliRun report(String command, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "report";
        all[1] = command;
        all[2] = "--data";
        all[3] = data.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    private static String textOf(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
