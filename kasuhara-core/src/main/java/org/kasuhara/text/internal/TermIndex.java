// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
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
        for (LexiconEntry entry : entries) {
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
        return new TermIndex(TermAutomaton.build(new ArrayList<>(bySpelling.keySet())), targets,
                normalizedTerms(entries));
    }

    /**
     * Writes the index as {@link #read(ByteBuffer, List)} reads it back: each spelling's target count, then the
     * targets (entry number, reported length, reading and part) as whole arrays, then the automaton.
     *
     * @param out     where to write
     * @param entries the entries the index was built from, in the same order
     * @throws IOException when writing fails
     */
    void write(DataOutput out, List<LexiconEntry> entries) throws IOException {
        Map<LexiconEntry, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            numbers.put(entries.get(i), i);
        }
        out.writeInt(entries.size());
        out.writeInt(targets.length);
        int total = 0;
        for (Target[] spelling : targets) {
            out.writeInt(spelling.length);
            total += spelling.length;
        }
        out.writeInt(total);
        for (Target[] spelling : targets) {
            for (Target target : spelling) {
                out.writeInt(numbers.get(target.entry()));
            }
        }
        for (Target[] spelling : targets) {
            for (Target target : spelling) {
                out.writeInt(target.reported());
            }
        }
        for (Target[] spelling : targets) {
            for (Target target : spelling) {
                out.writeInt(target.part() | (target.reading() ? 4 : 0));
            }
        }
        automaton.write(out);
    }

    /**
     * Reads an index {@link #write(DataOutput, List)} wrote for exactly these entries.
     *
     * @param in      where to read, big-endian
     * @param entries the entries, in the order they were written
     * @return the index
     * @throws IOException when the data is short, malformed or written for other entries
     */
    static TermIndex read(ByteBuffer in, List<LexiconEntry> entries) throws IOException {
        if (in.remaining() < 3 * Integer.BYTES || in.getInt() != entries.size()) {
            throw new IOException("written for another number of entries");
        }
        int spellings = in.getInt();
        int[] counts = TermAutomaton.ints(in, spellings);
        int total = in.remaining() >= Integer.BYTES ? in.getInt() : -1;
        int[] entryNumbers = TermAutomaton.ints(in, total);
        int[] reported = TermAutomaton.ints(in, total);
        int[] flags = TermAutomaton.ints(in, total);
        Target[][] targets = new Target[spellings][];
        int at = 0;
        for (int p = 0; p < spellings; p++) {
            if (counts[p] < 1 || counts[p] > total - at) {
                throw new IOException("malformed spelling " + p);
            }
            targets[p] = new Target[counts[p]];
            for (int t = 0; t < counts[p]; t++, at++) {
                int part = flags[at] & 3;
                if (entryNumbers[at] < 0 || entryNumbers[at] >= entries.size() || reported[at] < 1 || part > RIGHT
                        || (flags[at] & ~7) != 0) {
                    throw new IOException("malformed target of spelling " + p);
                }
                targets[p][t] = new Target(entries.get(entryNumbers[at]), reported[at], (flags[at] & 4) != 0, part);
            }
        }
        if (at != total) {
            throw new IOException("target count does not add up");
        }
        TermAutomaton automaton = TermAutomaton.read(in, spellings);
        for (int p = 0; p < spellings; p++) {
            for (Target target : targets[p]) {
                if (target.reported() > automaton.length(p)) { // a match never ends past its spelling
                    throw new IOException("target of spelling " + p + " longer than the spelling");
                }
            }
        }
        return new TermIndex(automaton, targets, normalizedTerms(entries));
    }

    /** @return each entry's term as normalised text, worked out once */
    private static Map<LexiconEntry, String> normalizedTerms(List<LexiconEntry> entries) {
        Map<LexiconEntry, String> normalizedTerms = new IdentityHashMap<>();
        for (LexiconEntry entry : entries) {
            normalizedTerms.put(entry, TextNormalizer.normalizeTerm(entry.term()));
        }
        return normalizedTerms;
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
