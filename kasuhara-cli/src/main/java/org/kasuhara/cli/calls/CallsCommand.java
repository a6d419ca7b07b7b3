// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.calls;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara calls}: the group of call-centre commands; on its own it prints its usage. */
@Command(name = "calls", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {CallsAnalyzeCommand.class},
        description = {"コールセンターの通話記録を扱うコマンド。", "Commands for call-centre call records."})
public final class CallsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
