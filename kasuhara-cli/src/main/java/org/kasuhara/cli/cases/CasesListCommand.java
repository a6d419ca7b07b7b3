// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara cases list [--org X] [--status S]}: the stored cases in receipt order. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"保存した案件を受付順に一覧表示します。", "Lists the stored cases in receipt order."})
public final class CasesListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--org", paramLabel = "ORG", description = {"この組織の案件だけ。", "Only this organisation's cases."})
    private String organization;

    @Option(names = "--status", paramLabel = "STATUS", description = {
        "この状態の案件だけ: ${COMPLETION-CANDIDATES}", "Only cases in this status: ${COMPLETION-CANDIDATES}"})
    private CaseStatus status;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            CaseQuery query = CaseQuery.all().withOrganization(organization)
                    .withStatuses(status == null ? EnumSet.noneOf(CaseStatus.class) : EnumSet.of(status));
            LocalDate today = LocalDate.now(store.options().calendar().zone());
            new StoredCasePrinter(spec.commandLine().getOut(), labels, store.options().calendar().zone())
                    .table(store.list(query), today);
            return ExitCodes.OK;
        });
    }
}
