package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kasuhara.text.LexiconEntry;

/**
 * Matches Japanese lexicon entries on Kuromoji tokens, in addition to the substring matching of the surface forms:
 * <ul>
 *   <li><b>Base forms</b>: a term that ends in a conjugating word written in its dictionary or imperative form
 *       (殺す, 晒す, 土下座しろ, 謝れ) matches the same sequence of base forms, so 「殺す」
 *       also finds 「殺してやる」「殺されたいのか」「殺しますよ」, and 「土下座しろ」 finds 「土下座しなさい」.</li>
 *   <li><b>Readings</b>: an entry's optional reading matches the kana spellings of the term as whole tokens, so
 *       「馬鹿」 with the reading ばか finds 「ばか」「バカ」「ﾊﾞｶ」 but not 「ばかり」.</li>
 * </ul>
 * Tokenizing costs far more than the substring pass (about half a microsecond a character), so only the sentences
 * that contain a <em>trigger</em> are tokenized, at most {@value #WINDOW} characters either side of it: the invariant stem of the first word of some term (殺 for 殺す,
 * 土下座 for 土下座しろ) or a reading. Most sentences of a long transcript contain none.
 */
final class JapaneseLemmaMatcher {
    static final int WINDOW = 16;
    /**
     * At most this many characters of one text are tokenized. Morphology only adds matches to the spelling pass, which
     * always reads the whole text; the budget keeps a long transcript full of trigger words (電話, 名前…) from costing
     * milliseconds. The first windows of the text are the ones read.
     */
    static final int BUDGET = 240;

    private final TermAutomaton lemmas;
    private final LexiconEntry[][] lemmaEntries;
    private final TermAutomaton readings;
    private final LexiconEntry[][] readingEntries;
    private final TermAutomaton triggers;
    private final boolean empty;

    private JapaneseLemmaMatcher(Map<String, List<LexiconEntry>> byLemma, Map<String, List<LexiconEntry>> byReading,
                                 Set<String> triggerSet) {
        lemmas = TermAutomaton.build(new ArrayList<>(byLemma.keySet()));
        lemmaEntries = byLemma.values().stream().map(l -> l.toArray(LexiconEntry[]::new)).toArray(LexiconEntry[][]::new);
        readings = TermAutomaton.build(new ArrayList<>(byReading.keySet()));
        readingEntries = byReading.values().stream().map(l -> l.toArray(LexiconEntry[]::new))
                .toArray(LexiconEntry[][]::new);
        triggers = TermAutomaton.build(new ArrayList<>(triggerSet));
        empty = triggerSet.isEmpty();
    }

    static JapaneseLemmaMatcher of(List<LexiconEntry> entries) {
        Map<String, List<LexiconEntry>> byLemma = new LinkedHashMap<>();
        Map<String, List<LexiconEntry>> byReading = new LinkedHashMap<>();
        Set<String> triggerSet = new LinkedHashSet<>();
        for (LexiconEntry entry : entries) {
            if (!LexiconEntry.JAPANESE.equals(entry.language())) {
                continue;
            }
            TermForms forms = TermForms.of(entry.term());
            if (forms.conjugates() && !forms.lemma().isEmpty()) {
                byLemma.computeIfAbsent(forms.lemma(), k -> new ArrayList<>()).add(entry);
                triggerSet.add(forms.trigger());
            }
            String reading = TextNormalizer.normalizeTerm(entry.reading());
            if (!reading.isEmpty()) {
                byReading.computeIfAbsent(reading, k -> new ArrayList<>()).add(entry);
                triggerSet.add(reading);
            }
        }
        triggerSet.remove("");
        return new JapaneseLemmaMatcher(byLemma, byReading, triggerSet);
    }

    /**
     * Finds the matches in the sentences of {@code normalized} that contain a trigger.
     *
     * @param normalized the text
     * @param sink       receives candidates with offsets into the normalised text
     */
    void findAll(NormalizedText normalized, Consumer<Candidate> sink) {
        if (empty) {
            return;
        }
        String text = normalized.text();
        List<int[]> windows = SentenceWindows.around(text, triggers, WINDOW);
        if (windows.isEmpty()) {
            return;
        }
        String morphText = normalized.withKatakana();
        int budget = BUDGET;
        for (int[] window : windows) {
            budget -= window[1] - window[0];
            if (budget < 0) {
                break;
            }
            TokenKeys lemmaKeys = new TokenKeys();
            TokenKeys readingKeys = new TokenKeys();
            JapaneseMorphology.tokenize(morphText, window[0], window[1], (start, end, surface, base, reading, inf, form) -> {
                lemmaKeys.add(base, start, end);
                readingKeys.add(reading == null ? surface : reading, start, end);
            });
            match(lemmas, lemmaEntries, lemmaKeys, sink);
            match(readings, readingEntries, readingKeys, sink);
        }
    }

    private static void match(TermAutomaton automaton, LexiconEntry[][] entries, TokenKeys keys,
                              Consumer<Candidate> sink) {
        if (keys.count() == 0) {
            return;
        }
        automaton.findAll(keys.keys(), (pattern, start, end) -> {
            int first = keys.tokenStartingAt(start);
            int last = keys.tokenEndingAt(end);
            if (first >= 0 && last >= first) {
                for (LexiconEntry entry : entries[pattern]) {
                    sink.accept(new Candidate(entry, keys.textStart(first), keys.textEnd(last)));
                }
            }
        });
    }
}
