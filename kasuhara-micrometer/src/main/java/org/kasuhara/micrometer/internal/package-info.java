// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Implementation of the meters. Not API: it may change at any time.
 */
package org.kasuhara.micrometer.internal;
