// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of scenario reading and checking. Not API: may change at any time. */
package org.kasuhara.testkit.scenario.internal;
