// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import org.kasuhara.cli.calls.CallsCommand;
import org.kasuhara.cli.cases.CasesCommand;
import org.kasuhara.cli.cases.CasesIntakeCommand;
import org.kasuhara.cli.eval.EvalCommand;
import org.kasuhara.cli.model.ModelCommand;
import org.kasuhara.cli.mail.MailCommand;
import org.kasuhara.cli.report.ReportCommand;
import org.kasuhara.cli.rules.RulesCommand;
import org.kasuhara.cli.serve.ServeCommand;
import org.kasuhara.cli.streams.StreamsCommand;
import org.kasuhara.cli.triage.TriageCommand;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara}: the command-line tool's entry point. Run it through the {@code ./kasuhara}
 * launcher in the repository root, or {@code java -jar kasuhara-cli/target/kasuhara.jar}.
 */
@Command(name = "kasuhara", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        subcommands = {TriageCommand.class, RulesCommand.class, EvalCommand.class, ModelCommand.class, CasesCommand.class,
            ReportCommand.class, ServeCommand.class, CallsCommand.class,
            MailCommand.class, StreamsCommand.class}, resourceBundle = "org.kasuhara.cli.HelpTexts",
        description = {
            "カスタマーハラスメントの一次判定ツール。判定は人が確認するための事前分類であり、法的助言ではありません。",
            "Pre-classifies customer complaints; a person confirms every verdict. Not legal advice."})
public final class KasuharaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Runs the tool and exits with its exit code ({@link ExitCodes}).
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so that Japanese labels and JSON survive a C locale
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        RuleCacheSetting.apply(System.getenv());
        System.exit(commandLine().setOut(out).setErr(err).execute(args));
    }

    /**
     * The configured command line, for running the tool in-process (tests, other tools).
     *
     * @return a new command line; set its out and err writers before {@code execute}
     */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** The command line reading standard input from {@code stdin} (tests pipe cases in). */
    public static CommandLine commandLine(InputStream stdin) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == TriageCommand.class) {
                    return type.cast(new TriageCommand(stdin));
                }
                return type == CasesIntakeCommand.class ? type.cast(new CasesIntakeCommand(stdin))
                        : defaults.create(type);
            }
        };
        return new CommandLine(new KasuharaCommand(), factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
