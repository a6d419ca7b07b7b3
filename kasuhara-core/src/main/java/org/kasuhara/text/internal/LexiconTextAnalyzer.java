package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kasuhara.text.Attribution;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextLanguage;
import org.kasuhara.text.TextSignal;

/**
 * The v1 {@link TextAnalyzer}: one Aho–Corasick pass over the normalised text finds every lexicon term; a violence
 * term in a threatening form is re-read as a threat ({@link ThreatForm}); word boundaries, exclusions and overlaps
 * are resolved ({@link MatchSelector}); each remaining match gets the negation and attribution heuristics and is
 * mapped back to the original offsets.
 *
 * <p>Language: entries of the text's language are used ({@code "ja"}, {@code "en"}, or a tag such as
 * {@code "ja-JP"}); when the language is unknown — {@code null} or a language the lexicon has no entries for —
 * all entries apply, so that no complaint escapes analysis because of a missing or odd language tag.
 *
 * <p>Immutable and thread-safe: the automaton is built once; each call allocates only its own small lists.
 */
public final class LexiconTextAnalyzer implements TextAnalyzer {
    private static final Comparator<TextSignal> SIGNAL_ORDER = Comparator.comparingInt(TextSignal::start)
            .thenComparing(TextSignal::category).thenComparingInt(TextSignal::end);

    private final TermAutomaton automaton;
    private final LexiconEntry[][] entriesByPattern;
    private final List<String> languages;
    private final JapaneseLemmaMatcher morphology;

    private LexiconTextAnalyzer(TermAutomaton automaton, LexiconEntry[][] entriesByPattern, List<String> languages,
                                JapaneseLemmaMatcher morphology) {
        this.automaton = automaton;
        this.entriesByPattern = entriesByPattern;
        this.languages = languages;
        this.morphology = morphology;
    }

    /**
     * Compiles a lexicon.
     *
     * @param lexicon the terms
     * @return the analyser
     * @throws NullPointerException if {@code lexicon} is null
     */
    public static LexiconTextAnalyzer of(Lexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        Map<String, List<LexiconEntry>> byTerm = new LinkedHashMap<>();
        for (LexiconEntry entry : lexicon.entries()) {
            String term = TextNormalizer.normalizeTerm(entry.term());
            boolean english = LexiconEntry.ENGLISH.equals(entry.language());
            for (String spelling : english ? EnglishVariants.of(term) : List.of(term)) {
                List<LexiconEntry> list = byTerm.computeIfAbsent(spelling, t -> new ArrayList<>());
                if (!list.contains(entry)) {
                    list.add(entry);
                }
            }
        }
        byTerm.remove(""); // rejected by the lexicon's validation; never let it reach the automaton
        List<String> patterns = new ArrayList<>(byTerm.keySet());
        LexiconEntry[][] entries = byTerm.values().stream().map(l -> l.toArray(LexiconEntry[]::new))
                .toArray(LexiconEntry[][]::new);
        List<String> languages = lexicon.entries().stream().map(LexiconEntry::language).distinct().toList();
        return new LexiconTextAnalyzer(TermAutomaton.build(patterns), entries, languages,
                JapaneseLemmaMatcher.of(lexicon.entries()));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if {@code input} is null
     */
    @Override
    public List<TextSignal> analyze(TextInput input) {
        Objects.requireNonNull(input, "input");
        if (input.text().isEmpty()) {
            return List.of();
        }
        NormalizedText normalized = TextNormalizer.normalize(input.text());
        String text = normalized.text();
        String language = input.language() != null ? languageOf(input.language())
                : TextLanguage.detect(input.text()).code();
        List<Candidate> candidates = new ArrayList<>();
        if (language == null || language.equals(LexiconEntry.JAPANESE)) {
            morphology.findAll(normalized, c -> candidates.add(ThreatForm.reread(text, c)));
        }
        automaton.findAll(text, (pattern, start, end) -> {
            for (LexiconEntry entry : entriesByPattern[pattern]) {
                if (language == null || language.equals(entry.language())) {
                    boolean english = LexiconEntry.ENGLISH.equals(entry.language());
                    int matchEnd = LatinWordBoundary.matchEnd(text, start, end, english);
                    if (matchEnd >= 0) {
                        candidates.add(ThreatForm.reread(text, new Candidate(entry, start, matchEnd)));
                    }
                }
            }
        });
        if (candidates.isEmpty()) {
            return List.of();
        }
        QuoteSpans quotes = QuoteSpans.of(text);
        List<TextSignal> signals = new ArrayList<>();
        for (Candidate match : MatchSelector.select(candidates)) {
            signals.add(toSignal(input, normalized, match, quotes));
        }
        signals.sort(SIGNAL_ORDER);
        return List.copyOf(signals);
    }

    private static TextSignal toSignal(TextInput input, NormalizedText normalized, Candidate match,
                                       QuoteSpans quotes) {
        String text = normalized.text();
        boolean negated = NegationDetector.isNegated(text, match, quotes);
        Attribution attribution = AttributionDetector.attribute(text, input.speaker(), match, quotes);
        int start = normalized.originalStart(match.start());
        int end = normalized.originalEnd(match.end());
        return new TextSignal(input.contact(), match.category(), match.entry().term(), start, end,
                input.text().substring(start, end), attribution, negated, ConditionDetector.isConditional(text, match),
                TargetDetector.target(text, match), Confidence.of(text, match), match.entry().language());
    }

    /** The lexicon language to use, or {@code null} for all of them. */
    private String languageOf(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return languages.contains(primary) ? primary : null;
    }
}
