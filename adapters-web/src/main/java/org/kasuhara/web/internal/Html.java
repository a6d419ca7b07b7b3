// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import org.owasp.encoder.Encode;

/**
 * HTML escaping for text and attribute values, by the OWASP Java Encoder. Every value from a request or the store goes through
 * {@link #escape(String)} before it reaches a page; only fragments built here are inserted raw.
 */
public final class Html {
    private Html() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text safe inside an element or a quoted attribute ({@code & < > " '} replaced)
     */
    public static String escape(String text) {
        return text == null ? "" : Encode.forHtml(text);
    }
}
