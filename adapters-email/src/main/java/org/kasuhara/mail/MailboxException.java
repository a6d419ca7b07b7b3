// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/** The mailbox could not be reached or used (connection, login, folder). The message names the failure's kind only. */
public final class MailboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what was being done @param cause the failure */
    public MailboxException(String what, Exception cause) {
        super(what + ": " + cause.getClass().getSimpleName(), cause);
    }
}
