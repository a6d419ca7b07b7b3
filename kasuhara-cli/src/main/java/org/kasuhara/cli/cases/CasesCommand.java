// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara cases}: the group of case-store commands; on its own it prints its usage. */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {
            CasesIntakeCommand.class,
            CasesListCommand.class,
            CasesShowCommand.class,
            CasesDueCommand.class,
            CasesReportedCommand.class,
            CasesCloseCommand.class,
        },
        description = {
            "受け付けた案件を保存し、判定・報告期限・終了を管理します（既定: ./data の H2 データベース）。",
            "Stores received cases and tracks assessment, report deadline and closing (default: H2 database in ./data)."})
public final class CasesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
