// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese morphology with Kuromoji (Lucene's {@code lucene-analysis-kuromoji}, IPADIC), used while a lexicon
 * is built: it tells {@link JapaneseTermForms} which word a term ends with, its dictionary form and its conjugation
 * type. Texts are tokenized only around a match found through a kana reading ({@link ReadingBoundary}).
 *
 * <p>The dictionary (tens of MB on the heap) is loaded once per JVM, the first time a tokenizer is made; Lucene
 * shares it between tokenizers. A {@link JapaneseTokenizer} itself is not thread-safe, so tokenizers are kept in a
 * small lock-free pool for rule sets compiled concurrently.
 */
public final class JapaneseMorphology {
    private static final ConcurrentLinkedDeque<Tokenizer> POOL = new ConcurrentLinkedDeque<>();

    private JapaneseMorphology() {
    }

    /**
     * Loads the dictionary now (on the calling thread), so that a later lexicon build does not wait for it.
     * Idempotent and cheap afterwards.
     */
    public static void warmUp() {
        POOL.offerFirst(borrow());
    }

    /**
     * One token.
     *
     * @param start           start offset in the text, inclusive
     * @param end             end offset, exclusive
     * @param surface         the token as written
     * @param baseForm        its dictionary form (the surface for words that do not conjugate)
     * @param partOfSpeech    its part of speech (動詞-自立, 形容詞-自立, 助詞-終助詞…)
     * @param conjugationType its conjugation type (五段・サ行, 一段, サ変・スル…), or {@code null}
     * @param conjugationForm its conjugation form (基本形, 命令ｅ, 連用形…), or {@code null}
     */
    public record Token(int start, int end, String surface, String baseForm, String partOfSpeech,
                        String conjugationType, String conjugationForm) {
    }

    /**
     * Tokenizes a short text such as a lexicon term.
     *
     * @param text the text
     * @return its tokens, in order
     */
    public static List<Token> tokenize(String text) {
        Tokenizer tokenizer = borrow();
        try {
            return tokenizer.run(text);
        } finally {
            POOL.offerFirst(tokenizer);
        }
    }

    private static Tokenizer borrow() {
        Tokenizer tokenizer = POOL.pollFirst();
        return tokenizer != null ? tokenizer : new Tokenizer();
    }

    /** One reusable Kuromoji tokenizer with its attributes. */
    private static final class Tokenizer {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, true,
                JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final InflectionAttribute inflection = tokenizer.addAttribute(InflectionAttribute.class);

        List<Token> run(String text) {
            List<Token> tokens = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String surface = term.toString();
                    String baseForm = base.getBaseForm();
                    tokens.add(new Token(offset.startOffset(), offset.endOffset(), surface,
                            baseForm == null ? surface : baseForm, pos.getPartOfSpeech(),
                            inflection.getInflectionType(), inflection.getInflectionForm()));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return tokens;
        }
    }
}
