// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Conjugation tables for the Japanese words a lexicon term ends with: godan (五段), ichidan (一段), suru (サ変),
 * kuru (カ変) verbs and i-adjectives (形容詞). Given a word's root and class, they list its surface forms —
 * negative, passive, causative, polite, desiderative, te/ta, conditional, imperative and volitional — as
 * {@link SurfaceForm}s: the characters to look for and how many of them to report as the match.
 *
 * <p>A bare stem is too short to look for on its own (刺さ is also the start of 刺さる, "to stick"), so each form
 * carries the first characters of what follows it (刺さ<u>れ</u>, 刺さ<u>ない</u>, 刺し<u>ます</u>), while the
 * reported span stops at the verb, as Kuromoji's token did: the negation and threat heuristics read what follows
 * the match (「殺さないよ」 is negated because ない follows 殺さ).
 */
final class JapaneseConjugation {
    /** Word classes, from Kuromoji's conjugation type (五段・サ行, 一段, サ変・スル, カ変・来ル, 形容詞・アウオ段…). */
    enum Kind { GODAN, ICHIDAN, SURU, KURU, ADJECTIVE }

    private static final String U_ROW = "うくぐすつぬぶむる";
    private static final String[] ROWS = {"わいうえお", "かきくけこ", "がぎぐげご", "さしすせそ", "たちつてと",
        "なにぬねの", "ばびぶべぼ", "まみむめも", "らりるれろ"};
    private static final String E_ROW = "えけげせてねべめれ";

    private static final String[] NEGATIVE = {"ない", "なかっ", "なく", "なけれ", "なきゃ", "なけりゃ", "ず", "ぬ", "ん"};
    private static final String[] CONTINUATIVE = {"ます", "まし", "ませ", "たい", "たく", "たかっ", "たけれ", "に",
        "ながら", "そう", "やが"};
    private static final String[] TE = {"て", "た", "ちゃ", "たら", "たり"};
    private static final String[] DE = {"で", "だ", "じゃ", "だら", "だり"};
    /** A demand put as a condition: 「クビにしないと許さない」, 「謝らなければ」. */
    private static final String[] UNLESS = {"ないと", "なければ", "なきゃ", "なかったら", "ないなら", "ないんなら"};

    private JapaneseConjugation() {
    }

    /**
     * A word that conjugates.
     *
     * @param kind    its class
     * @param root    the invariant part, katakana folded to hiragana (殺 for 殺す, 投げ for 投げる, 悪 for 悪い; for a
     *                suru verb the noun before する, often empty)
     * @param uKana   the final kana of a godan verb's dictionary form (す for 殺す), else 0
     * @param onbin   the kana before て/た in a godan verb's te-form (し, っ, い, ん, う), else 0
     * @param voiced  whether that te-form takes で/だ (死んで, 泳いで)
     */
    record Word(Kind kind, String root, char uKana, char onbin, boolean voiced) {
    }

    /**
     * Reads a word from Kuromoji's analysis.
     *
     * @param baseForm        the dictionary form, katakana folded
     * @param conjugationType Kuromoji's conjugation type
     * @return the word, or {@code null} when its class or shape is not one the tables cover
     */
    static Word word(String baseForm, String conjugationType) {
        if (conjugationType == null || baseForm.isEmpty()) {
            return null;
        }
        char last = baseForm.charAt(baseForm.length() - 1);
        String root = baseForm.substring(0, baseForm.length() - 1);
        if (conjugationType.startsWith("五段") && U_ROW.indexOf(last) >= 0) {
            boolean iku = baseForm.endsWith("行く") || baseForm.endsWith("いく") || conjugationType.contains("促音便") && last == 'く';
            char onbin = switch (last) {
                case 'う' -> conjugationType.contains("ウ音便") ? 'う' : 'っ';
                case 'つ', 'る' -> 'っ';
                case 'く' -> iku ? 'っ' : 'い';
                case 'ぐ' -> 'い';
                case 'す' -> 'し';
                default -> 'ん';
            };
            boolean voiced = last == 'ぐ' || last == 'ぬ' || last == 'ぶ' || last == 'む';
            return new Word(Kind.GODAN, root, last, onbin, voiced);
        }
        if (conjugationType.startsWith("一段") && last == 'る') {
            return new Word(Kind.ICHIDAN, root, (char) 0, (char) 0, false);
        }
        if (conjugationType.startsWith("サ変") && baseForm.endsWith("する")) {
            return new Word(Kind.SURU, baseForm.substring(0, baseForm.length() - 2), (char) 0, (char) 0, false);
        }
        if (conjugationType.startsWith("カ変") && (baseForm.endsWith("来る") || baseForm.endsWith("くる"))) {
            return new Word(Kind.KURU, baseForm.substring(0, baseForm.length() - 2), (char) 0, (char) 0, false);
        }
        if (conjugationType.startsWith("形容詞") && last == 'い') {
            return new Word(Kind.ADJECTIVE, root, (char) 0, (char) 0, false);
        }
        return null;
    }

    /**
     * The godan verb whose imperative Kuromoji's dictionary reads as a potential verb's stem (死ね → 死ねる, not 死ぬ;
     * 出せ → 出せる, not 出す).
     *
     * @param surface an ichidan continuative form ending in an e-row kana, katakana folded
     * @return the godan dictionary form it would be the imperative of (死ぬ), or {@code null}
     */
    static String godanOfImperative(String surface) {
        int e = surface.isEmpty() ? -1 : E_ROW.indexOf(surface.charAt(surface.length() - 1));
        return e < 0 ? null : surface.substring(0, surface.length() - 1) + U_ROW.charAt(e);
    }

    /**
     * Every form of a word, for a term written in the dictionary form (殺す, 頭が悪い): the term then stands for
     * the word whatever its ending.
     *
     * @param w the word
     * @return forms with offsets relative to the start of the word
     */
    static List<SurfaceForm> allForms(Word w) {
        List<SurfaceForm> forms = new ArrayList<>();
        String r = w.root();
        switch (w.kind()) {
            case GODAN -> {
                String row = ROWS[U_ROW.indexOf(w.uKana())];
                String a = r + row.charAt(0);
                String i = r + row.charAt(1);
                String te = r + w.onbin();
                forms.add(SurfaceForm.whole(r + w.uKana()));
                with(forms, a, NEGATIVE);
                with(forms, a, "れ", "せ");
                with(forms, i, CONTINUATIVE);
                with(forms, te, w.voiced() ? DE : TE);
                forms.add(SurfaceForm.whole(r + row.charAt(3)));
                forms.add(SurfaceForm.whole(r + row.charAt(4) + "う"));
            }
            case ICHIDAN -> {
                forms.add(SurfaceForm.whole(r + "る"));
                with(forms, r, NEGATIVE);
                with(forms, r, CONTINUATIVE);
                with(forms, r, TE);
                with(forms, r, "られ", "させ", "れ");
                forms.add(SurfaceForm.whole(r + "ろ"));
                forms.add(SurfaceForm.whole(r + "よう"));
            }
            case SURU -> {
                forms.add(SurfaceForm.whole(r + "する"));
                forms.add(SurfaceForm.whole(r + "すれ"));
                with(forms, r + "し", NEGATIVE);
                with(forms, r + "し", CONTINUATIVE);
                with(forms, r + "し", TE);
                forms.add(SurfaceForm.whole(r + "しろ"));
                forms.add(SurfaceForm.whole(r + "しよう"));
                forms.add(SurfaceForm.whole(r + "せよ"));
                with(forms, r + "せ", "ず", "ぬ");
                with(forms, r + "さ", "れ", "せ");
            }
            case KURU -> {
                for (String k : new String[] {"来", ""}) {
                    boolean kanji = !k.isEmpty();
                    String ko = r + (kanji ? k : "こ");
                    String ki = r + (kanji ? k : "き");
                    forms.add(SurfaceForm.whole(r + (kanji ? "来る" : "くる")));
                    forms.add(SurfaceForm.whole(r + (kanji ? "来れ" : "くれ")));
                    forms.add(SurfaceForm.whole(ko + "い"));
                    forms.add(SurfaceForm.whole(ko + "よう"));
                    with(forms, ko, NEGATIVE);
                    with(forms, ko, "られ", "させ");
                    with(forms, ki, CONTINUATIVE);
                    with(forms, ki, TE);
                }
            }
            case ADJECTIVE -> {
                for (String ending : new String[] {"い", "く", "かっ", "けれ", "すぎ", "そう"}) {
                    forms.add(SurfaceForm.whole(r + ending));
                }
            }
            default -> throw new IllegalStateException(w.kind().name());
        }
        return forms;
    }

    /**
     * The imperative forms of a verb, for a term written in the imperative (黙れ, 消えろ, 土下座しろ): its plain,
     * rough, written and polite imperatives and requests (黙れ, 黙りやがれ, 黙ってろ, 黙りなさい, 黙ってください,
     * 黙ってくれ, 黙ってよ) and the demand put as a condition (黙らないと, 黙らなければ; the match stops at the
     * verb, so the negation heuristic sees the condition) — not its other forms, because 「画面が消えた」 is no
     * insult.
     *
     * @param w the word
     * @return forms with offsets relative to the start of the word; empty for an adjective
     */
    static List<SurfaceForm> imperatives(Word w) {
        List<SurfaceForm> forms = new ArrayList<>();
        String r = w.root();
        switch (w.kind()) {
            case GODAN -> {
                String row = ROWS[U_ROW.indexOf(w.uKana())];
                String te = r + w.onbin() + (w.voiced() ? "で" : "て");
                add(forms, r + row.charAt(3), r + row.charAt(1) + "なさい", r + row.charAt(1) + "やがれ", te + "ろ",
                        te + "いろ", te + "ください", te + "くれ", te + "よ");
                with(forms, r + row.charAt(0), UNLESS);
            }
            case ICHIDAN -> {
                add(forms, r + "ろ", r + "よ", r + "なさい", r + "やがれ", r + "てろ", r + "ていろ", r + "てください",
                        r + "てくれ", r + "てよ");
                with(forms, r, UNLESS);
            }
            case SURU -> {
                add(forms, r + "しろ", r + "せよ", r + "せえ", r + "しなさい", r + "しやがれ", r + "してろ",
                        r + "していろ", r + "してください", r + "してくれ", r + "してよ");
                with(forms, r + "し", UNLESS);
            }
            case KURU -> add(forms, r + "来い", r + "こい");
            default -> {
                // adjectives have no imperative
            }
        }
        return forms;
    }

    private static void with(List<SurfaceForm> forms, String stem, String... following) {
        for (String next : following) {
            forms.add(new SurfaceForm(stem + next, stem.length()));
        }
    }

    private static void add(List<SurfaceForm> forms, String... whole) {
        for (String text : whole) {
            forms.add(SurfaceForm.whole(text));
        }
    }
}
