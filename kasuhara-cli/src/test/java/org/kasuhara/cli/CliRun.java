package org.kasuhara.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code kasuhara} command with captured standard output and error. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KasuharaCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** @return the non-blank lines of standard output */
    java.util.List<String> outLines() {
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
