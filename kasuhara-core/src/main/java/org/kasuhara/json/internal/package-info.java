// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of the JSON mapping. Not API: may change at any time. */
package org.kasuhara.json.internal;
