// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a piece of work writes to standard output and error, where the test logging of every module goes
 * (slf4j-simple): the log-privacy tests search it for personal data. Shared through kasuhara-core's test jar.
 */
public final class ConsoleCapture {
    /** Work that may throw. */
    @FunctionalInterface
    public interface Work {
        /**
         * Does the work.
         *
         * @throws Exception anything it throws is rethrown after the streams are restored
         */
        void run() throws Exception;
    }

    private ConsoleCapture() {
    }

    /**
     * Runs the work with standard output and error captured, and restores both whatever happens.
     *
     * @param work the work
     * @return everything written to either stream while it ran, as UTF-8
     * @throws Exception what the work threw
     */
    public static String of(Work work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
