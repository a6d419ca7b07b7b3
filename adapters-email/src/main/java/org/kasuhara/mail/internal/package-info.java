// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Internals of the e-mail adapter: charset handling, RFC 2047 words, HTML to text, quote splitting, IMAP and SMTP
 * plumbing. Not API: anything here may change at any time.
 */
package org.kasuhara.mail.internal;
