package org.kasuhara.text.internal;

/**
 * How a Japanese lexicon term reads to the morphological analyser.
 *
 * @param lemma    the base forms of its tokens, concatenated, katakana folded (殺してやる → 殺すてやる)
 * @param conjugates whether its last conjugating word is written in the dictionary form (殺す) or the imperative
 *                 (土下座しろ, 謝れ), so that base-form matching finds its other forms; a term written as a stem or
 *                 a past form (殴った, 殴られ) already matches as a substring and is left to that
 * @param trigger  a string every sentence matching the lemma contains: the invariant stem of one of its words (殺
 *                 for 殺す, 土下座 for 土下座しろ), the most selective one — with kanji, else the longest — because a
 *                 trigger of one kana (し, お) would make nearly every sentence be tokenized
 */
record TermForms(String lemma, boolean conjugates, String trigger) {

    static TermForms of(String term) {
        NormalizedText normalized = TextNormalizer.normalize(term.strip());
        String morph = normalized.withKatakana();
        StringBuilder lemma = new StringBuilder();
        boolean[] conjugates = {false};
        String[] trigger = {null};
        JapaneseMorphology.tokenize(morph, 0, morph.length(), (start, end, surface, base, reading, inf, form) -> {
            lemma.append(fold(base));
            if (inf) {
                conjugates[0] = form != null && (form.startsWith("基本形") || form.startsWith("命令"));
            }
            String candidate = triggerOf(fold(surface), fold(base), inf);
            if (trigger[0] == null || selectivity(candidate) > selectivity(trigger[0])) {
                trigger[0] = candidate;
            }
        });
        return new TermForms(lemma.toString(), conjugates[0], trigger[0] == null ? "" : trigger[0]);
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

    /** Kanji make a trigger rare; so does length. */
    private static int selectivity(String trigger) {
        int kanji = (int) trigger.chars().filter(c -> CharClasses.isKanji((char) c)).count();
        return kanji * 10 + trigger.length();
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
