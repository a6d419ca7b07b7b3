// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import org.kasuhara.text.internal.ScriptCounts;

/**
 * The language of a text, told from its scripts, for texts whose case gives no {@code language}. Kana means
 * Japanese; Latin words mean English; both mean a mixed text, to which every lexicon applies. Script detection
 * cannot tell English from French or Chinese kanji from Japanese kanji: a text of kanji without kana longer than a
 * short phrase, or in another script, is {@link #OTHER}, and every lexicon applies to it too, so that no complaint
 * escapes analysis because of its language.
 */
public enum TextLanguage {
    /** Japanese: kana, or a short run of kanji (「土下座」), and no Latin words but acronyms of up to three capitals (SNS, URL). */
    JAPANESE("ja"),
    /** English: Latin words and no Japanese. */
    ENGLISH("en"),
    /** Japanese with Latin words that are not acronyms (「ふざけんな fuck you」, 「Twitterに晒す」). */
    MIXED(null),
    /** No letters, or another script. */
    OTHER(null);

    private final String code;

    TextLanguage(String code) {
        this.code = code;
    }

    /**
     * The lexicon language code.
     *
     * @return {@code "ja"}, {@code "en"}, or {@code null} for mixed and other texts (every lexicon applies)
     */
    public String code() {
        return code;
    }

    /**
     * Detects the language of a text from its scripts.
     *
     * @param text the text
     * @return the language
     * @throws NullPointerException if {@code text} is null
     */
    public static TextLanguage detect(CharSequence text) {
        ScriptCounts counts = ScriptCounts.of(text);
        boolean japanese = counts.kana() > 0 || (counts.kanji() > 0 && counts.kanji() <= ScriptCounts.SHORT_KANJI);
        if (japanese) {
            return counts.latinWords() > 0 ? MIXED : JAPANESE;
        }
        if (counts.kanji() > 0 || counts.otherLetters() > counts.latinLetters()) {
            return OTHER;
        }
        return counts.latinLetters() > 0 ? ENGLISH : OTHER;
    }
}
