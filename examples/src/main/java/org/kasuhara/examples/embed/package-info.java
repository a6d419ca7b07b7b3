// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** A short, runnable example of embedding the Kasuhara engine in an application. */
package org.kasuhara.examples.embed;
