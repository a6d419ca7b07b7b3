// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.List;
import org.kasuhara.text.internal.LexiconTextAnalyzer;

/**
 * Finds behaviour signals in free text. Implementations are immutable and thread-safe; the engine calls them
 * on the assessment path, before the rules run, and inserts every signal as a fact.
 */
public interface TextAnalyzer {
    /**
     * Analyses one text.
     *
     * @param input the text and what is known about it
     * @return the signals found, in order of their start offset; empty when none
     */
    List<TextSignal> analyze(TextInput input);

    /**
     * The v1 analyser: matches the lexicon's terms in normalised text (full/half width, case, katakana/hiragana and
     * elongations folded) and applies simple negation and quotation heuristics. Building it compiles the lexicon
     * once; the analyser is then cheap to call from many threads.
     *
     * @param lexicon the terms to look for
     * @return an immutable, thread-safe analyser
     * @throws NullPointerException if {@code lexicon} is null
     */
    static TextAnalyzer of(Lexicon lexicon) {
        return LexiconTextAnalyzer.of(lexicon);
    }
}
