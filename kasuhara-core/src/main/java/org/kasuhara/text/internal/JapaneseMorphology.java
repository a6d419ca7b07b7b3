package org.kasuhara.text.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese morphology with Kuromoji (Lucene's {@code lucene-analysis-kuromoji}, IPADIC): splits a text into tokens
 * with their base form (殺さ → 殺す) and reading (馬鹿 → ばか).
 *
 * <p>The dictionary (about 40 MB on the heap) is loaded once per JVM, the first time a tokenizer is made; Lucene
 * shares it between tokenizers. A {@link JapaneseTokenizer} itself is not thread-safe, so tokenizers are kept in a
 * small lock-free pool: each call borrows one and gives it back, and the pool never holds more tokenizers than
 * threads ever used it at once. This also works with virtual threads, where a thread-local cache would not.
 */
public final class JapaneseMorphology {
    private static final ConcurrentLinkedDeque<Tokenizer> POOL = new ConcurrentLinkedDeque<>();

    private JapaneseMorphology() {
    }

    /**
     * Loads the dictionary now, so that the first assessment does not pay for it. Idempotent and cheap afterwards.
     */
    public static void warmUp() {
        POOL.offerFirst(borrow());
    }

    /**
     * Tokenizes {@code text[from, to)}.
     *
     * @param text normalised text
     * @param from start, inclusive
     * @param to   end, exclusive
     * @param sink receives each token with offsets into {@code text}
     */
    public static void tokenize(String text, int from, int to, TokenSink sink) {
        Tokenizer tokenizer = borrow();
        try {
            tokenizer.run(text, from, to, sink);
        } finally {
            POOL.offerFirst(tokenizer);
        }
    }

    private static Tokenizer borrow() {
        Tokenizer tokenizer = POOL.pollFirst();
        return tokenizer != null ? tokenizer : new Tokenizer();
    }

    /** Receives tokens. */
    @FunctionalInterface
    public interface TokenSink {
        /**
         * One token.
         *
         * @param start    start offset in the text, inclusive
         * @param end      end offset, exclusive
         * @param surface  the token as written
         * @param baseForm its dictionary form (the surface for words that do not conjugate)
         * @param reading  its reading in katakana, or {@code null} when the dictionary has none
         * @param inflects whether the word conjugates (a verb, adjective or auxiliary), so that its dictionary form
         *                 differs from many of its surface forms
         * @param form     its conjugation form (基本形 dictionary form, 命令ｅ imperative…), or {@code null}
         */
        void token(int start, int end, String surface, String baseForm, String reading, boolean inflects, String form);
    }

    /** One reusable Kuromoji tokenizer with its attributes. */
    private static final class Tokenizer {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, true,
                JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final InflectionAttribute inflection = tokenizer.addAttribute(InflectionAttribute.class);

        void run(String text, int from, int to, TokenSink sink) {
            try {
                tokenizer.setReader(new StringReader(text.substring(from, to)));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String surface = term.toString();
                    String baseForm = base.getBaseForm();
                    String partOfSpeech = pos.getPartOfSpeech();
                    boolean inflects = baseForm != null || partOfSpeech.startsWith("動詞")
                            || partOfSpeech.startsWith("形容詞") || partOfSpeech.startsWith("助動詞");
                    sink.token(from + offset.startOffset(), from + offset.endOffset(), surface,
                            baseForm == null ? surface : baseForm, reading.getReading(), inflects,
                            inflection.getInflectionForm());
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
        }
    }
}
