// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of kasuhara-streams: processors, serialisation, dead letters. Not API: may change at any time. */
package org.kasuhara.streams.internal;
