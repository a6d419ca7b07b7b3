// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara eval}: the group of evaluation commands; on its own it prints its usage. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {EvalTextCommand.class, EvalCasesCommand.class},
        description = {"ルールセットの性能をラベル付きデータで測るコマンド。", "Commands that measure a rule set against labelled data."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
