// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

/** A delivery that must not be trusted: a header missing, a timestamp too old or too new, or no valid signature. */
public final class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why, without quoting the delivery */
    public WebhookVerificationException(String message) {
        super(message);
    }
}
