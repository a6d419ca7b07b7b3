// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * One spelling under which a Japanese lexicon term occurs in normalised text, generated when the lexicon is built.
 *
 * @param text     the characters to find (殺さない)
 * @param reported how many of them form the match (2: 殺さ); the rest only confirms the form, so that what follows
 *                 the verb — ない, a condition — stays outside the match for the context heuristics
 */
record SurfaceForm(String text, int reported) {
    /** Checks the lengths. */
    SurfaceForm {
        if (reported <= 0 || reported > text.length()) {
            throw new IllegalArgumentException("reported " + reported + " of \"" + text + "\"");
        }
    }

    static SurfaceForm whole(String text) {
        return new SurfaceForm(text, text.length());
    }

    /**
     * The same form after a fixed prefix.
     *
     * @param prefix what comes before the word in the term (「夜道に気を」 before つけろ)
     * @return the longer form; the prefix is part of the reported match
     */
    SurfaceForm after(String prefix) {
        return new SurfaceForm(prefix + text, prefix.length() + reported);
    }
}
