// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The small lexicon of {@code test-lexicon.tsv} and shortcuts to analyse a text with it. */
final class TestLexicon {
    static final Lexicon LEXICON = load();
    static final TextAnalyzer ANALYZER = TextAnalyzer.of(LEXICON);

    private TestLexicon() {
    }

    static List<TextSignal> customer(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    static List<TextSignal> staff(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.STAFF_NARRATIVE));
    }

    /** The only signal of a text written by the customer; fails when there is not exactly one. */
    static TextSignal onlySignal(String text) {
        List<TextSignal> signals = customer(text);
        if (signals.size() != 1) {
            throw new AssertionError("expected one signal in \"" + text + "\", found " + signals);
        }
        return signals.get(0);
    }

    /** A lexicon of the given TSV lines (term, category, language, example, note). */
    static Lexicon of(String... lines) {
        try {
            return Lexicon.parse(new StringReader(String.join("\n", lines)), "test.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon load() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                TestLexicon.class.getResourceAsStream("test-lexicon.tsv")), StandardCharsets.UTF_8)) {
            return Lexicon.parse(reader, "test-lexicon.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
