// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.util.concurrent.Callable;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.StoredCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara cases close ID --by NAME [--outcome …]}: closes a case, recording who, when and how it ended. */
@Command(name = "close", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"案件を終了します（判定済みまたは報告済みの案件）。担当者・日時・結果を記録します。",
            "Closes an assessed or reported case, recording who, when and (optionally) the outcome."})
public final class CasesCloseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = {"終了した担当者（職員ID）。",
        "Who closed it (a staff handle)."})
    private String by;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = {
        "結果: GAVE_UP（断念）, ESCALATED_TO_POLICE（警察へ通報）, COMPLAINT_FILED（申し立て）。",
        "How it ended: ${COMPLETION-CANDIDATES}."})
    private CaseOutcome outcome;

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "ID", description = {"受付番号（KH-…）。", "The receipt number (KH-…)."})
    private String receipt;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            StoredCase closed = store.closeCase(receipt, by, outcome);
            spec.commandLine().getOut().println(new StoredCasePrinter(spec.commandLine().getOut(), labels,
                    store.options().calendar().zone()).line(closed, null));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
