// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara rules}: the group of rule-set commands; on its own it prints its usage. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {
            RulesCheckCommand.class,
            RulesTestCommand.class,
            RulesDocCommand.class,
            RulesInitCommand.class,
            RulesDiffCommand.class,
        },
        description = {"ルールセットを扱うコマンド。", "Commands for rule sets."})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
