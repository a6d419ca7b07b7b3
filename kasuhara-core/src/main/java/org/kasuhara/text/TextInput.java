// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.Objects;

/**
 * One text to analyse.
 *
 * @param contact  index of the contact the text belongs to, reported back in each signal
 * @param text     the text exactly as received
 * @param language {@code "ja"}, {@code "en"}, or {@code null} when unknown (the analyser then tries all lexicons)
 * @param speaker  whose words the text is
 */
public record TextInput(int contact, String text, String language, Speaker speaker) {
    /** Checks the arguments. */
    public TextInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (contact < 0) {
            throw new IllegalArgumentException("contact: must be >= 0, was " + contact);
        }
    }
}
