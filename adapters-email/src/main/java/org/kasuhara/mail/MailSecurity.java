// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/** How a connection to the mail server is protected. */
public enum MailSecurity {
    /** Plain text: only for a server on the same host or in tests. */
    NONE,
    /** Upgrade a plain connection with STARTTLS (required, not opportunistic). */
    STARTTLS,
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    SSL
}
