// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

/**
 * A catalogue data file could not be read or fails validation. The message names the file and the entry (and the
 * line, where the parser knows it), e.g. {@code catalogue.yaml: behaviours[SEXUAL].source: unknown source key "FOO-1999"}.
 */
public class CatalogueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public CatalogueException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where
     * @param cause   the underlying parse or I/O error
     */
    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
