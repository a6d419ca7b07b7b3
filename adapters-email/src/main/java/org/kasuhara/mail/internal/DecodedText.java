// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes.
 *
 * @param text    the text
 * @param charset the charset that decoded it
 * @param quality how sure the decoding is
 */
public record DecodedText(String text, Charset charset, Quality quality) {
    /** Checks the fields. */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(quality, "quality");
    }

    /** How a text was decoded. */
    public enum Quality {
        /** Strictly, with the labelled charset (or one of its family). */
        AS_LABELLED,
        /** Strictly, with a charset guessed because the label was missing, unknown or wrong. */
        DETECTED,
        /** Nothing decoded cleanly: some characters are replacement characters. */
        REPLACED
    }
}
