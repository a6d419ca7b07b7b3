// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/** Internals of policy loading. Not API: may change at any time. */
package org.kasuhara.policy.internal;
