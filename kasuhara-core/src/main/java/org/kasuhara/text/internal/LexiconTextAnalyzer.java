// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kasuhara.text.Attribution;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Target;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextLanguage;
import org.kasuhara.text.TextSignal;

/**
 * The v1 {@link TextAnalyzer}: one Aho–Corasick pass over the normalised text finds every spelling of every lexicon
 * term, inflected and conjugated forms included ({@link TermIndex}); a violence
 * term in a threatening form is re-read as a threat ({@link ThreatForm}); word boundaries, exclusions and overlaps
 * are resolved ({@link MatchSelector}); each remaining match gets the negation and attribution heuristics and is
 * mapped back to the original offsets.
 *
 * <p>Language: entries of the text's language are used ({@code "ja"}, {@code "en"}, or a tag such as
 * {@code "ja-JP"}); a tag for a language the lexicon has no entries for makes all entries apply, so that no
 * complaint escapes analysis because of an odd language tag; so does a Japanese tag on a text without a Japanese
 * character (romaji, whose terms the English lexicon lists). Without a tag the language is detected from the text
 * ({@link TextLanguage}); mixed and other texts use all entries.
 *
 * <p>Immutable and thread-safe: the automaton is built once; each call allocates only its own small lists.
 */
public final class LexiconTextAnalyzer implements TextAnalyzer {
    private static final Comparator<TextSignal> SIGNAL_ORDER = Comparator.comparingInt(TextSignal::start)
            .thenComparing(TextSignal::category).thenComparingInt(TextSignal::end);

    private final TermIndex index;
    private final List<String> languages;

    private LexiconTextAnalyzer(TermIndex index, List<String> languages) {
        this.index = index;
        this.languages = languages;
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
        return of(lexicon.entries());
    }

    /**
     * Compiles entries already checked (a rule set that passed every check when Kasuhara was built).
     *
     * @param entries the terms
     * @return the analyser
     */
    public static LexiconTextAnalyzer of(List<LexiconEntry> entries) {
        return of(entries, TermIndex.of(entries));
    }

    /** @return the analyser of entries whose index was built before ({@link TermIndexFile}) */
    static LexiconTextAnalyzer of(List<LexiconEntry> entries, TermIndex index) {
        List<String> languages = entries.stream().map(LexiconEntry::language).distinct().toList();
        return new LexiconTextAnalyzer(index, languages);
    }

    /** @return the index of every spelling, for {@link TermIndexFile} */
    TermIndex index() {
        return index;
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
        if (LexiconEntry.JAPANESE.equals(language) && !hasJapanese(text)) {
            language = null; // Japanese written in romaji ("korosu zo"): its terms are listed with the English ones
        }
        List<Candidate> candidates = new ArrayList<>();
        index.findAll(normalized, language, candidates::add);
        // before the overlaps are settled, so that a false デブ on 「まじでブスだな」 does not hide the real ブス
        candidates.removeIf(c -> startsOnAParticle(input.text(), normalized.originalStart(c.start()), c.entry().term()));
        TextSignal repeated = repeatedDemand(input, normalized, language);
        if (candidates.isEmpty()) {
            return repeated == null ? List.of() : List.of(repeated);
        }
        QuoteSpans quotes = QuoteSpans.of(text);
        List<TextSignal> signals = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate match : MatchSelector.select(candidates)) {
            if (!match.wordOnly() || ReadingBoundary.isWholeWords(normalized, match.start(), match.end())) {
                signals.add(toSignal(input, normalized, match, quotes));
                kept.add(match);
            }
        }
        boolean untargetedInsult = signals.stream()
                .anyMatch(s -> s.target() == Target.UNKNOWN && s.category() == SignalCategory.INSULT);
        // a self-reproach goes on after it starts (「私ほんとバカで。アホすぎ」); an insult before it is not part of it
        // (「その程度の頭じゃ仕方ないか。期待した私がバカでした」 is aimed at the listener)
        int selfFrom = !untargetedInsult ? Integer.MAX_VALUE : SelfReference.blamesThemself(text) ? -1
                : signals.stream().filter(s -> s.target() == Target.SELF).mapToInt(TextSignal::start).min()
                .orElse(Integer.MAX_VALUE);
        if (selfFrom != Integer.MAX_VALUE) {
            for (int i = 0; i < signals.size(); i++) {
                TextSignal s = signals.get(i);
                if (s.target() == Target.UNKNOWN && s.start() > selfFrom
                        && SelfReference.continuesSelfReproach(text, kept.get(i))) {
                    signals.set(i, aimedAtSpeaker(s));
                }
            }
        }
        if (repeated != null) {
            signals.add(repeated);
        }
        signals.sort(SIGNAL_ORDER);
        return List.copyOf(OneOutburst.keep(input.text(), signals));
    }

    /** The same demand made {@value RepeatedDemand#TIMES} times in the contact (RepeatedDemand), as one signal. */
    private static TextSignal repeatedDemand(TextInput input, NormalizedText normalized, String language) {
        int[] span = RepeatedDemand.find(normalized.text());
        if (span == null) {
            return null;
        }
        int start = normalized.originalStart(span[0]);
        int end = normalized.originalEnd(span[1]);
        return new TextSignal(input.contact(), SignalCategory.REPETITION, RepeatedDemand.TERM, start, end,
                input.text().substring(start, end), Attribution.CUSTOMER, false, false, Target.UNKNOWN, 1.0,
                language != null ? language : hasJapanese(normalized.text()) ? LexiconEntry.JAPANESE : LexiconEntry.ENGLISH);
    }

    private TextSignal toSignal(TextInput input, NormalizedText normalized, Candidate match,
                                       QuoteSpans quotes) {
        String text = normalized.text();
        boolean negated = NegationDetector.isNegated(text, match, quotes)
                || PassiveVoice.isVictims(text, match, input.speaker());
        Attribution attribution = AttributionDetector.attribute(text, input.speaker(), match, quotes);
        int start = normalized.originalStart(match.start());
        int end = normalized.originalEnd(match.end());
        return new TextSignal(input.contact(), match.category(), match.entry().term(), start, end,
                input.text().substring(start, end), attribution, negated, ConditionDetector.isConditional(text, match),
                TargetDetector.target(text, match), Confidence.of(text, match, index.normalizedTerm(match.entry())), match.entry().language());
    }

    private static TextSignal aimedAtSpeaker(TextSignal s) {
        return new TextSignal(s.contact(), s.category(), s.term(), s.start(), s.end(), s.excerpt(), s.attribution(),
                s.negated(), s.conditional(), Target.SELF, s.confidence(), s.language());
    }

    /**
     * Whether a term written in katakana was found only because kana folding joined a hiragana character to the
     * katakana word after it: デブ in 「途中でブラシが」 or 「坂道でブレーキ」 (the particle で, then ブラシ), which no reader
     * takes for the word.
     */
    private static boolean startsOnAParticle(String original, int start, String term) {
        return !term.isEmpty() && isKatakana(term.charAt(0)) && start + 1 < original.length()
                && original.charAt(start) >= '\u3041' && original.charAt(start) <= '\u3096'
                && isKatakana(original.charAt(start + 1));
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA';
    }

    private static boolean hasJapanese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CharClasses.isJapanese(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon language to use for a language tag, or {@code null} for all of them. */
    private String languageOf(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return languages.contains(primary) ? primary : null;
    }
}
