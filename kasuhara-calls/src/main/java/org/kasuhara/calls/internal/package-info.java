// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** The live call monitor's internals. Not API: may change at any time. */
package org.kasuhara.calls.internal;
