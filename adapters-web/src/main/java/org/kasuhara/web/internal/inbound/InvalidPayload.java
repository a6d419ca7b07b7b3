// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

/** A webhook payload that cannot become a case: the field's path in the payload and what was expected. */
public final class InvalidPayload extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    /**
     * @param path    the dotted path of the offending field
     * @param message what was expected, quoting no value
     */
    public InvalidPayload(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** @return the dotted path of the offending field in the vendor's payload, e.g. {@code detail.created_at} */
    public String path() {
        return path;
    }
}
