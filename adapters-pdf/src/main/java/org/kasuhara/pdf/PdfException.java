// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf;

/** A PDF could not be made: no usable Japanese font, a document that is not well-formed XHTML, or an I/O error. */
public class PdfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public PdfException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying error
     */
    public PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
