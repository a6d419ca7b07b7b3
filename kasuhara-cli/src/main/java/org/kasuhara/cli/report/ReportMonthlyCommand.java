// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.report;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.cases.CaseStoreOption;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.Language;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.kasuhara.cases.report.MonthlyReport;
import org.kasuhara.cases.report.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara report monthly [--month YYYY-MM] [--org X]}: the monthly totals, the previous month by default. */
@Command(name = "monthly", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"月次集計を作成します（既定: 前月、Asia/Tokyo）。判定・行為類型・受付経路・組織・拠点別、警察、報告期限。",
            "Makes the monthly totals (default: the previous month in Asia/Tokyo): by verdict, behaviour, channel,",
            "organisation and site; police; reports on time and late."})
public final class ReportMonthlyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = {"集計する受付月（既定: 前月）。",
        "The month of receipt to total (default: the previous month)."})
    private YearMonth month;

    @Option(names = "--org", paramLabel = "ORG", description = {"この組織だけを集計します。",
        "Total only this organisation."})
    private String organization;

    @Option(names = "--format", paramLabel = "json|csv|html|pdf", defaultValue = "html", description = {
        "出力形式（既定: html）。CSV ファイルは Excel 用に UTF-8 BOM 付き。",
        "Output format (default: html). A CSV file starts with a UTF-8 BOM for Excel."})
    private ReportOutput.Format format;

    @Mixin
    private ReportOutput output;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = {
        "ラベルの言語（既定: ja）。", "Language of the labels (default: ja)."})
    private ReportLanguage language;

    @Override
    public Integer call() {
        Labels labels = new Labels(language == ReportLanguage.EN ? Language.EN : Language.JA);
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            YearMonth which = month != null ? month
                    : MonthlyReport.previousMonth(store.options().clock(), store.options().calendar().zone());
            MonthlyReport report = MonthlyReport.of(store, which, organization, language);
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            return switch (format) {
                case JSON -> output.writeText(out, err, labels, report.toJson());
                case CSV -> output.writeCsv(out, err, labels, report);
                case PDF -> output.writePdf(err, labels, report.toHtml());
                case HTML -> output.writeText(out, err, labels, report.toHtml());
            };
        });
    }
}
