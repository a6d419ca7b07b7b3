// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.cases.store.StoredCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara cases due [--overdue|--today]}: cases whose report to the organisation is still to be made. */
@Command(name = "due", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"組織への報告がまだの案件を期限順に表示します（報告期限: 受付から3営業日、土日祝を除く）。",
            "Lists cases not yet reported to the organisation, earliest deadline first (3 business days after",
            "receipt, weekends and Japanese holidays excluded)."})
public final class CasesDueCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @ArgGroup(exclusive = true)
    private Which which = new Which();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = {"この日を今日とみなします（省略時は今日）。",
        "Take this day as today (default: today in Asia/Tokyo)."})
    private LocalDate date;

    @Mixin
    private LanguageOption language;

    public static final class Which {
        @Option(names = "--overdue", description = {"期限を過ぎた案件だけ。", "Only cases past their deadline."})
        boolean overdue;

        @Option(names = "--today", description = {"期限が今日の案件だけ。", "Only cases due today."})
        boolean today;
    }

    @Override
    public Integer call() {
        Labels labels = language.labels();
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            LocalDate today = date != null ? date : LocalDate.now(store.options().calendar().zone());
            List<StoredCase> cases = which.overdue ? store.overdue(today)
                    : which.today ? store.dueOn(today) : store.awaitingReport();
            new StoredCasePrinter(spec.commandLine().getOut(), labels, store.options().calendar().zone())
                    .table(cases, today);
            return ExitCodes.OK;
        });
    }
}
