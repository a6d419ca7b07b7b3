// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import org.kasuhara.cli.calls.CallsCommand;
import org.kasuhara.cli.cases.CasesCommand;
import org.kasuhara.cli.cases.CasesIntakeCommand;
import org.kasuhara.cli.eval.EvalCommand;
import org.kasuhara.cli.io.DefaultRulesAhead;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara}: the command-line tool's entry point. Run it through the {@code ./kasuhara}
 * launcher in the repository root, or {@code java -jar kasuhara-cli/target/kasuhara.jar}.
 */
@Command(name = "kasuhara", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, resourceBundle = "org.kasuhara.cli.HelpTexts",
        description = {
            "カスタマーハラスメントの一次判定ツール。判定は人が確認するための事前分類であり、法的助言ではありません。",
            "Pre-classifies customer complaints; a person confirms every verdict. Not legal advice."})
public final class KasuharaCommand implements Callable<Integer> {
    /**
     * The subcommands, in the order the help lists them. They are added by hand rather than in {@code @Command}: a
     * run of one command models only that one, because modelling all of them loads the classes of every adapter
     * (web server, mail, Kafka Streams, JDBC) that a short {@code triage} never uses.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(TriageCommand.class, RulesCommand.class,
            EvalCommand.class, ModelCommand.class, CasesCommand.class, ReportCommand.class, ServeCommand.class,
            CallsCommand.class, MailCommand.class, StreamsCommand.class);

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
        DefaultRulesAhead.startFor(args); // docs/benchmarks.md#fifteenth-session: about 5 % of a one-case triage
        System.exit(commandLine(System.in, args.length == 0 ? null : args[0]).setOut(out).setErr(err)
                .execute(args));
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
        return commandLine(stdin, null);
    }

    /**
     * The command line with only the subcommand {@code first} names, or with all of them when it names none.
     *
     * @param stdin standard input
     * @param first the first argument of the command line, or {@code null}
     * @return a new command line; set its out and err writers before {@code execute}
     */
    static CommandLine commandLine(InputStream stdin, String first) {
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
        CommandLine root = new CommandLine(new KasuharaCommand(), factory);
        List<Class<?>> named = SUBCOMMANDS.stream().filter(type -> nameOf(type).equals(first)).toList();
        for (Class<?> type : named.isEmpty() ? SUBCOMMANDS : named) {
            root.addSubcommand(nameOf(type), type);
        }
        return root.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    private static String nameOf(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
