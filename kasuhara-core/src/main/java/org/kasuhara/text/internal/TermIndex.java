// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kasuhara.text.LexiconEntry;

/**
 * Every spelling of every lexicon entry in one Aho–Corasick automaton: English terms with their inflections and
 * contractions ({@link EnglishVariants}), Japanese terms and readings with their conjugated, polite, negative,
 * passive, causative and imperative forms ({@link JapaneseTermForms}). All forms are generated when the lexicon is
 * built, so finding them in a text is a single pass whatever its length — no tokenizer runs per text.
 */
final class TermIndex {
    /**
     * An entry reached through one spelling, how much of the spelling is the match, and whether the spelling comes
     * only from the entry's reading (and so must cover whole words, see {@link ReadingBoundary}).
     */
    private record Target(LexiconEntry entry, int reported, boolean reading, int part) {
    }

    private static final int WHOLE = 0;
    private static final int LEFT = 1;
    private static final int RIGHT = 2;

    private final TermAutomaton automaton;
    private final Target[][] targets;
    /** Each entry's term as normalised text, worked out once (for {@link Confidence}). */
    private final Map<LexiconEntry, String> normalizedTerms;

    private TermIndex(TermAutomaton automaton, Target[][] targets, Map<LexiconEntry, String> normalizedTerms) {
        this.automaton = automaton;
        this.targets = targets;
        this.normalizedTerms = normalizedTerms;
    }

    static TermIndex of(List<LexiconEntry> entries) {
        Map<String, List<Target>> bySpelling = new LinkedHashMap<>();
        Map<LexiconEntry, String> normalizedTerms = new IdentityHashMap<>();
        for (LexiconEntry entry : entries) {
            normalizedTerms.put(entry, TextNormalizer.normalizeTerm(entry.term()));
            if (entry.construction()) {
                String[] parts = Construction.parts(entry.term());
                add(bySpelling, entry, partSpellings(parts[0], entry.language()), List.of(), LEFT);
                add(bySpelling, entry, partSpellings(parts[1], entry.language()), List.of(), RIGHT);
            } else {
                add(bySpelling, entry, spellings(entry), termSpellings(entry.term(), entry.language()), WHOLE);
            }
        }
        bySpelling.remove(""); // rejected by the lexicon's validation; never let it reach the automaton
        Target[][] targets = bySpelling.values().stream().map(l -> l.toArray(Target[]::new)).toArray(Target[][]::new);
        return new TermIndex(TermAutomaton.build(new ArrayList<>(bySpelling.keySet())), targets, normalizedTerms);
    }

    private static void add(Map<String, List<Target>> bySpelling, LexiconEntry entry, List<SurfaceForm> forms,
                            List<SurfaceForm> own, int part) {
        for (SurfaceForm form : forms) {
            List<Target> list = bySpelling.computeIfAbsent(form.text(), t -> new ArrayList<>());
            boolean reading = part == WHOLE && !own.contains(form);
            if (list.stream().noneMatch(t -> t.entry() == entry && t.part() == part)) {
                list.add(new Target(entry, form.reported(), reading, part));
            }
        }
    }

    /**
     * The spellings of an entry, its normalised term first (for a construction, those of both parts).
     *
     * @param entry a lexicon entry
     * @return its forms in normalised text
     */
    static List<SurfaceForm> spellings(LexiconEntry entry) {
        if (entry.construction()) {
            List<SurfaceForm> forms = new ArrayList<>();
            for (String part : Construction.parts(entry.term())) {
                forms.addAll(partSpellings(part, entry.language()));
            }
            return forms;
        }
        List<SurfaceForm> forms = new ArrayList<>(termSpellings(entry.term(), entry.language()));
        if (LexiconEntry.JAPANESE.equals(entry.language()) && !entry.reading().isBlank()) {
            for (SurfaceForm form : JapaneseTermForms.of(entry.reading())) {
                if (!forms.contains(form)) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private static List<SurfaceForm> partSpellings(String part, String language) {
        List<SurfaceForm> forms = new ArrayList<>();
        for (String word : Construction.alternatives(part)) {
            if (!word.isEmpty()) {
                forms.addAll(termSpellings(word, language));
            }
        }
        return forms;
    }

    private static List<SurfaceForm> termSpellings(String term, String language) {
        if (LexiconEntry.ENGLISH.equals(language)) {
            return EnglishVariants.of(TextNormalizer.normalizeTerm(term)).stream()
                    .filter(s -> !s.isEmpty()).map(SurfaceForm::whole).toList();
        }
        if (!LexiconEntry.JAPANESE.equals(language)) {
            String normalized = TextNormalizer.normalizeTerm(term);
            return normalized.isEmpty() ? List.of() : List.of(SurfaceForm.whole(normalized));
        }
        return JapaneseTermForms.of(term);
    }

    /** @return the entry's term as normalised text */
    String normalizedTerm(LexiconEntry entry) {
        String term = normalizedTerms.get(entry);
        return term != null ? term : TextNormalizer.normalizeTerm(entry.term());
    }

    /**
     * Finds every spelling in a normalised text.
     *
     * @param normalized the normalised text
     * @param language   the language whose entries apply, or {@code null} for all
     * @param sink       receives candidates; Latin-script spellings only at word boundaries; kana spellings that
     *                   come only from a reading are marked {@link Candidate#wordOnly()} to be confirmed
     */
    void findAll(NormalizedText normalized, String language, Consumer<Candidate> sink) {
        String text = normalized.text();
        List<Construction.Part> parts = new ArrayList<>(0);
        List<Candidate> exclusions = new ArrayList<>(0);
        automaton.findAll(text, (pattern, start, end) -> {
            for (Target target : targets[pattern]) {
                LexiconEntry entry = target.entry();
                if (language == null || language.equals(entry.language())) {
                    boolean english = LexiconEntry.ENGLISH.equals(entry.language());
                    int matchEnd = LatinWordBoundary.matchEnd(text, start, end, english);
                    if (matchEnd >= 0) {
                        boolean whole = target.reported() == end - start;
                        if (target.part() != WHOLE) {
                            parts.add(new Construction.Part(entry, target.part() == LEFT, start,
                                    whole ? matchEnd : start + target.reported()));
                            continue;
                        }
                        Candidate candidate = new Candidate(entry, start, whole ? matchEnd : start + target.reported());
                        if (entry.exclusion()) {
                            exclusions.add(candidate);
                        }
                        sink.accept(ThreatForm.reread(text, target.reading() ? candidate.toConfirmAsWord() : candidate));
                    }
                }
            }
        });
        if (!parts.isEmpty()) {
            Construction.pair(text, parts, exclusions, candidate -> sink.accept(ThreatForm.reread(text, candidate)));
        }
    }
}
