// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.report;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.cases.CaseStoreOption;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.Language;
import java.util.concurrent.Callable;
import org.kasuhara.cases.report.CaseReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara report case RECEIPT|CASE_ID}: the counter's report of one case to the organisation (JHA-2024),
 * with personal data only when the applicant consented.
 */
@Command(name = "case", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"1件の案件の組織向け報告書を作成します（個人情報は本人の同意があるときだけ）。",
            "Makes the report of one case to the organisation (personal data only with the applicant's consent)."})
public final class ReportCaseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--format", paramLabel = "json|html|pdf", defaultValue = "html", description = {
        "出力形式（既定: html）。", "Output format (default: html)."})
    private ReportOutput.Format format;

    @Mixin
    private ReportOutput output;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = {
        "報告書の言語（既定: ja）。", "Language of the report (default: ja)."})
    private ReportLanguage language;

    @Option(names = "--org", paramLabel = "ORG", description = {
        "案件IDで指定するときの組織。", "The organisation, when the case is named by its case id."})
    private String organization;

    @Parameters(paramLabel = "RECEIPT|CASE_ID", description = {"受付番号（KH-…）または案件ID。",
        "The receipt number (KH-…) or the case id."})
    private String id;

    @Override
    public Integer call() {
        Labels labels = new Labels(language == ReportLanguage.EN ? Language.EN : Language.JA);
        if (format == ReportOutput.Format.CSV) {
            spec.commandLine().getErr().println(labels.of("案件報告書の形式は json・html・pdf です",
                    "a case report is json, html or pdf"));
            return ExitCodes.INVALID_INPUT;
        }
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            CaseReport report = CaseReport.of(find(store), language, org.kasuhara.catalogue.GuidelineCatalogue
                    .defaults(), store.options().clock().withZone(store.options().calendar().zone()));
            return switch (format) {
                case JSON -> output.writeText(spec.commandLine().getOut(), spec.commandLine().getErr(), labels,
                        report.toJson());
                case PDF -> output.writePdf(spec.commandLine().getErr(), labels, report.toHtml());
                default -> output.writeText(spec.commandLine().getOut(), spec.commandLine().getErr(), labels,
                        report.toHtml());
            };
        });
    }

    private StoredCase find(CaseStore store) {
        return store.find(id).or(() -> store.findByCaseId(organization, id))
                .orElseThrow(() -> new UnknownCaseException(id));
    }
}
