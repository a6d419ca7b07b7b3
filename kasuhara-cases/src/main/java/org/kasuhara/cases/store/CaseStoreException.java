// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/**
 * The store could not do what was asked: the storage failed or is unavailable (nothing was acknowledged), or the
 * request is not allowed (subclasses).
 */
public class CaseStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public CaseStoreException(String message) {
        super(message);
    }

    /** @param message what failed @param cause why */
    public CaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
