// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.util.concurrent.Callable;
import org.kasuhara.cases.store.StoredCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara cases reported ID --by NAME}: records that the case was reported to the organisation. */
@Command(name = "reported", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"案件を組織の担当者へ報告したことを記録します（判定済みの案件のみ）。",
            "Records that the case was reported to the person in charge at the organisation (assessed cases only)."})
public final class CasesReportedCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = {"報告した担当者（職員ID）。",
        "Who reported it (a staff handle)."})
    private String by;

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "ID", description = {"受付番号（KH-…）。", "The receipt number (KH-…)."})
    private String receipt;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            StoredCase reported = store.markReported(receipt, by);
            spec.commandLine().getOut().println(new StoredCasePrinter(spec.commandLine().getOut(), labels,
                    store.options().calendar().zone()).line(reported, null));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
