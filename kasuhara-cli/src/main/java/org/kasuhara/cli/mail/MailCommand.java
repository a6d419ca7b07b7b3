// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.mail;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kasuhara mail}: the e-mail reception commands; on its own it prints its usage. */
@Command(name = "mail", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {MailIngestCommand.class, MailWatchCommand.class},
        description = {
            "メールを受付経路として使います: .eml ファイルの取り込み、IMAP メールボックスの監視と自動返信。",
            "E-mail as a reception channel: ingest .eml files, watch an IMAP mailbox and acknowledge."})
public final class MailCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
