// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Examples of using Kasuhara: the {@code kasuhara} command-line tool ({@link org.kasuhara.cli}) and
 * an embedding example ({@link org.kasuhara.examples.embed}). Not a library API: these classes show how to
 * use {@code kasuhara-core} and may change at any time.
 */
package org.kasuhara.examples;
