// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code kasuhara} command with captured standard output and error. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // as main does: only the command named is modelled
        int exit = KasuharaCommand.commandLine(System.in, args.length == 0 ? null : args[0])
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * The class path to run the command in a JVM of its own, as {@code ./kasuhara} does: the test class path without
     * the examples module (whose logging settings would shadow the command's).
     *
     * @return the class path
     */
    static String ownJvmClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("kasuhara-examples") && !entry.contains("examples/target"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** @return the non-blank lines of standard output */
    java.util.List<String> outLines() {
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
