// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Internals of the web counter: servlets, pages, security filter. Not API: may change at any time.
 */
package org.kasuhara.web.internal;
