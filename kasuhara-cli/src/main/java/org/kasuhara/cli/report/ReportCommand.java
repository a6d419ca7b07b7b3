// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.report;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara report}: the group of report commands; on its own it prints its usage. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {ReportCaseCommand.class, ReportMonthlyCommand.class},
        description = {
            "組織への案件報告書と月次集計を作成します（JSON・HTML・PDF・CSV、日本語または英語）。",
            "Makes the case report to the organisation and the monthly totals (JSON, HTML, PDF, CSV; ja or en)."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
