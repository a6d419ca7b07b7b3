// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.util.concurrent.Callable;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara cases show ID}: one case with its assessments, lifecycle and audit log; {@code --json} prints the
 * whole stored case (including personal data and the original text) as JSON.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"1件の案件の判定・状態・履歴を表示します（個人情報は --json のときだけ）。",
            "Shows one case with its assessments, status and history (personal data only with --json)."})
public final class CasesShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--json", description = {"保存内容すべて（原文・個人情報を含む）を JSON で出力します。",
        "Print everything stored (original text and personal data included) as JSON."})
    private boolean json;

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "ID", description = {"受付番号（KH-…）。", "The receipt number (KH-…)."})
    private String receipt;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        return storeOption.run(spec.commandLine().getErr(), labels, store -> {
            StoredCase stored = store.find(receipt).orElseThrow(() -> new UnknownCaseException(receipt));
            if (json) {
                spec.commandLine().getOut().println(KasuharaJson.toJson(stored));
                spec.commandLine().getOut().flush();
            } else {
                new StoredCasePrinter(spec.commandLine().getOut(), labels, store.options().calendar().zone())
                        .details(stored, store.auditLog(stored.receipt()));
            }
            return ExitCodes.OK;
        });
    }
}
