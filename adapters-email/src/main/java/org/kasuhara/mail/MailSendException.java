// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/**
 * A message could not be sent. The message names the failure's kind only: never an address or any text of the mail.
 */
public final class MailSendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param cause the mail failure */
    public MailSendException(Exception cause) {
        super("sending failed: " + cause.getClass().getSimpleName(), cause);
    }
}
