// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Health indicator, servlet registration and request wrapping behind the auto-configuration. Not API: it may change
 * at any time.
 */
package org.kasuhara.spring.internal;
