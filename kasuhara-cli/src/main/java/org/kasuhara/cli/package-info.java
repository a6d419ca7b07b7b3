// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The {@code kasuhara} command-line tool, built on picocli: {@code kasuhara triage} assesses
 * cases from files or standard input, {@code kasuhara rules check} compiles and validates a rule set,
 * {@code kasuhara rules init} copies the default rules into a workspace, {@code kasuhara rules diff} compares two
 * rule sets on past cases.
 *
 * <p>Exit codes: {@value org.kasuhara.cli.ExitCodes#OK} when everything was assessed,
 * {@value org.kasuhara.cli.ExitCodes#INVALID_INPUT} on invalid input, unreadable files, rule-set errors
 * or usage errors, {@value org.kasuhara.cli.ExitCodes#INTERNAL_ERROR} on unexpected internal errors.
 * Standard output carries only results, so {@code --json} output can be piped; everything else goes to standard
 * error. Personal data in the cases (names, phone numbers, e-mail addresses, staff) is never printed.
 */
package org.kasuhara.cli;
