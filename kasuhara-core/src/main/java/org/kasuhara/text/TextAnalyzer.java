package org.kasuhara.text;

import java.util.List;

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
}
