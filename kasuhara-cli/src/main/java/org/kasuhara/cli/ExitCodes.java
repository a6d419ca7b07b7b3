// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

/** The exit codes of every {@code kasuhara} command. */
public final class ExitCodes {
    /** Everything was read and assessed (or the rule set is valid). */
    public static final int OK = 0;
    /** An unexpected internal error; the message and stack trace go to standard error. */
    public static final int INTERNAL_ERROR = 1;
    /** Invalid input, a file that cannot be read, a broken rule set, or a usage error. */
    public static final int INVALID_INPUT = 2;
    /** {@code rules test}: every scenario was read, and at least one does not get its expected assessment. */
    public static final int SCENARIOS_FAILED = 3;

    private ExitCodes() {
    }
}
