package org.kasuhara.text.internal;

/**
 * How a Japanese lexicon term reads to the morphological analyser.
 *
 * @param lemma    the base forms of its tokens, concatenated, katakana folded (殺してやる → 殺すてやる)
 * @param inflects whether one of its words conjugates, so that base-form matching finds more than the surface does
 * @param trigger  a string every sentence matching the lemma contains: the invariant stem of its first word (殺 for
 *                 殺す, 土下座 for 土下座しろ)
 */
record TermForms(String lemma, boolean inflects, String trigger) {

    static TermForms of(String term) {
        NormalizedText normalized = TextNormalizer.normalize(term.strip());
        String morph = normalized.withKatakana();
        StringBuilder lemma = new StringBuilder();
        boolean[] inflects = {false};
        String[] trigger = {null};
        JapaneseMorphology.tokenize(morph, 0, morph.length(), (start, end, surface, base, reading, inf) -> {
            lemma.append(fold(base));
            inflects[0] |= inf;
            if (trigger[0] == null) {
                trigger[0] = triggerOf(fold(surface), fold(base), inf);
            }
        });
        return new TermForms(lemma.toString(), inflects[0], trigger[0] == null ? "" : trigger[0]);
    }

    /** The stem of a conjugating word (its base form without the ending), unless that is a lone kana. */
    private static String triggerOf(String surface, String base, boolean inflects) {
        if (!inflects || base.length() < 2) {
            return surface;
        }
        String stem = base.substring(0, base.length() - 1);
        int common = 0;
        while (common < stem.length() && common < surface.length() && stem.charAt(common) == surface.charAt(common)) {
            common++;
        }
        String trigger = stem.substring(0, common);
        boolean loneKana = trigger.length() < 2 && (trigger.isEmpty() || CharClasses.isKana(trigger.charAt(0)));
        return loneKana ? surface : trigger;
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return b.toString();
    }
}
