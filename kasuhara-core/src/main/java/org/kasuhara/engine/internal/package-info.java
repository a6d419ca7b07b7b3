// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of the engine: rule-set compilation, fact derivation, Drools sessions. Not API: may change at any time. */
package org.kasuhara.engine.internal;
