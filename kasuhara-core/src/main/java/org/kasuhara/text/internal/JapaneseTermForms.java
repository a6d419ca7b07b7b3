// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spellings of a Japanese lexicon term, generated once when the lexicon is built so that texts are matched by
 * the Aho–Corasick pass alone, never tokenized. Kuromoji reads the term; when it ends with a verb or i-adjective,
 * {@link JapaneseConjugation} supplies the word's other forms:
 * <ul>
 *   <li>a term in the <b>dictionary form</b> (殺す, 頭が悪い, 書き込む) stands for every form of its last word —
 *       殺さない, 殺される, 殺させる, 殺します, 殺して, 殺した, 殺せ, 殺そう…; a term ending in the auxiliary ない or
 *       たい conjugates like an adjective (帰らない → 帰らなかった);</li>
 *   <li>a term in the <b>imperative</b> (黙れ, 消えろ, 土下座しろ) stands for the imperatives only — 黙りなさい,
 *       黙りやがれ, 黙ってろ — so that 「画面が消えた」 is not read as 「消えろ」;</li>
 *   <li>a term written as a stem or a past form (殴られ, 殴った), or ending with a particle (殺すぞ), is matched as
 *       written.</li>
 * </ul>
 * The dictionary reads some imperatives as the stem of a potential verb (死ね → 死ねる, 謝れ → 謝れる); when a
 * one-word term is such a stem and the godan verb it would be the imperative of exists (死ぬ, 謝る), the term is read
 * as that imperative. In a longer term the same shape is usually a real stem (物を投げ, スマホを向け) and is left
 * as written.
 */
final class JapaneseTermForms {
    private static final int MIN_REPORTED = 2;
    /**
     * Forms already generated, by spelling: the validator and the index read every term, and a reload reads them all
     * again. Bounded: cleared when it grows past {@value #CACHE_LIMIT} spellings (a few lexicons' worth).
     */
    private static final Map<String, List<SurfaceForm>> CACHE = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 20_000;

    private JapaneseTermForms() {
    }

    /**
     * The forms of a term or reading, the normalised spelling itself first.
     *
     * @param spelling a Japanese term or reading as written in the lexicon
     * @return distinct forms, in normalised text
     */
    static List<SurfaceForm> of(String spelling) {
        List<SurfaceForm> cached = CACHE.get(spelling);
        if (cached != null) {
            return cached;
        }
        List<SurfaceForm> forms = generate(spelling);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(spelling, forms);
        return forms;
    }

    /** @return a copy of the spellings worked out so far, for {@link TermFormsFile} */
    static Map<String, List<SurfaceForm>> known() {
        return Map.copyOf(CACHE);
    }

    /** @return how many spellings are worked out so far (without copying them) */
    static int knownCount() {
        return CACHE.size();
    }

    /**
     * Adds spellings worked out by an earlier process ({@link TermFormsFile}); those already known are kept.
     *
     * @param forms forms by spelling
     */
    static void remember(Map<String, List<SurfaceForm>> forms) {
        if (CACHE.size() + forms.size() < CACHE_LIMIT) {
            forms.forEach(CACHE::putIfAbsent);
        }
    }

    private static List<SurfaceForm> generate(String spelling) {
        NormalizedText normalized = TextNormalizer.normalize(spelling.strip());
        String text = normalized.text();
        Set<SurfaceForm> forms = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return List.of();
        }
        forms.add(SurfaceForm.whole(text));
        List<JapaneseMorphology.Token> tokens = JapaneseMorphology.tokenize(normalized.withKatakana());
        if (tokens.isEmpty()) {
            return List.copyOf(forms);
        }
        JapaneseMorphology.Token last = tokens.get(tokens.size() - 1);
        boolean conjugates = last.conjugationType() != null && (last.partOfSpeech().startsWith("動詞")
                || last.partOfSpeech().startsWith("形容詞") || isNegativeOrDesire(last));
        if (conjugates && last.end() == text.length()) {
            String prefix = text.substring(0, last.start());
            for (SurfaceForm form : formsOf(last, tokens.size() == 1)) {
                SurfaceForm full = form.after(prefix);
                if (full.reported() >= MIN_REPORTED) {
                    forms.add(full);
                }
            }
        }
        return List.copyOf(forms);
    }

    private static List<SurfaceForm> formsOf(JapaneseMorphology.Token token, boolean wholeTerm) {
        String surface = fold(token.surface());
        String base = fold(token.baseForm());
        String form = token.conjugationForm() == null ? "" : token.conjugationForm();
        JapaneseConjugation.Word word = JapaneseConjugation.word(base,
                isNegativeOrDesire(token) ? "形容詞" : token.conjugationType());
        if (word == null) {
            return List.of();
        }
        if (form.startsWith("基本形") && surface.equals(base)) {
            return JapaneseConjugation.allForms(word);
        }
        if (form.startsWith("命令") && surface.startsWith(word.root())) {
            return JapaneseConjugation.imperatives(word);
        }
        if (wholeTerm && word.kind() == JapaneseConjugation.Kind.ICHIDAN && form.startsWith("連用形")
                && base.equals(surface + "る")) {
            JapaneseConjugation.Word godan = misreadImperative(surface);
            return godan == null ? List.of() : JapaneseConjugation.imperatives(godan);
        }
        return List.of();
    }

    /** The auxiliaries ない and たい conjugate like i-adjectives: 帰らない → 帰らなかった, 殴られたい → 殴られたくて. */
    private static boolean isNegativeOrDesire(JapaneseMorphology.Token token) {
        return token.partOfSpeech().startsWith("助動詞") && ("特殊・ナイ".equals(token.conjugationType())
                || "特殊・タイ".equals(token.conjugationType()));
    }

    /** 死ね read as 死ねる: the godan verb 死ぬ, when the dictionary knows it as one word. */
    private static JapaneseConjugation.Word misreadImperative(String surface) {
        String candidate = JapaneseConjugation.godanOfImperative(surface);
        if (candidate == null) {
            return null;
        }
        List<JapaneseMorphology.Token> tokens = JapaneseMorphology.tokenize(candidate);
        if (tokens.size() != 1) {
            return null;
        }
        JapaneseMorphology.Token token = tokens.get(0);
        boolean godan = token.conjugationType() != null && token.conjugationType().startsWith("五段")
                && "基本形".equals(token.conjugationForm()) && candidate.equals(fold(token.baseForm()));
        return godan ? JapaneseConjugation.word(candidate, token.conjugationType()) : null;
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return b.toString();
    }

    /**
     * Every form, as plain strings, for diagnostics and tests.
     *
     * @param spelling a term
     * @return the characters looked for
     */
    static List<String> texts(String spelling) {
        List<String> texts = new ArrayList<>();
        for (SurfaceForm form : of(spelling)) {
            texts.add(form.text());
        }
        return texts;
    }
}
