// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.model;

import java.util.concurrent.Callable;
import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara model}: the group of commands for the statistical net; on its own it prints its usage. */
@Command(name = "model", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {ModelTrainCommand.class},
        description = {"統計モデル（安全網）のコマンド。", "Commands for the statistical net (the safety net)."})
public final class ModelCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
