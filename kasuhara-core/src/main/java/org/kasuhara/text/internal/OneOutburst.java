// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.TextSignal;

/**
 * Narrated outbursts (TONE) are counted against a line (two in one contact are intimidation; one raised voice is
 * not, MHLW-2022 §B-1), so one narrated act must count once. Manner words written next to each other tell one
 * outburst: 「客が大声で怒鳴った」, 「大声を上げて怒鳴りつけた」, 「「ふざけるな！」と声を荒げた」 (nothing, て, で or と between them,
 * quotation and exclamation marks aside; the rest of a quoted outburst before its narration too: 「「ふざけんな、金返せ！」と
 * 大声を出された」). Of such a run only the first
 * TONE signal that counts as evidence is kept, and two shouts joined by "and" are one too ("yelled and screamed");
 * acts told apart still add up (「大声で怒鳴り、カウンターを叩いた」 is two,
 * 「客は怒鳴った。さらに机を叩いた。」 too).
 */
final class OneOutburst {
    /** What may stand between two manner words of one outburst, quotation marks and exclamation marks aside. */
    private static final java.util.Set<String> JOINS = java.util.Set.of("", "て", "で", "と", "と一度", "一度");

    /** Quotation marks, left out when the words between two manner words are read. */
    private static final String MARKS = "「」『』\"“”";
    /** Exclamation and question marks: left out only inside a quotation's end (「ふざけるな！」と); elsewhere they end
     * a sentence ("He shouted! Slammed his fist on the counter!" is two acts). */
    private static final String EXCLAMATIONS = "!！?？";
    private static final String CLOSING_QUOTES = "」』”\"";
    /** Words of a raised voice: two of them joined by "and" tell one outburst. */
    private static final List<String> VOICE = List.of("shout", "yell", "scream", "voice", "bellow", "holler",
            "roar", "大声", "怒鳴", "叫", "わめ", "喚", "声を荒", "ふざけ");
    /** What may join two words of a raised voice in English ("ed and", the end of the first word, included). */
    private static final java.util.Set<String> AND_JOINS = java.util.Set.of("and", "ed and", "ing and", "s and",
            "and then", "ed and then");
    /** Two manner words further apart than this are two acts. */
    private static final int MAX_GAP = 48;

    private OneOutburst() {
    }

    /**
     * @param text    the original text the signals' offsets refer to
     * @param signals the signals, by start
     * @return the same list when nothing is dropped, else a new one without the later words of one outburst
     */
    static List<TextSignal> keep(String text, List<TextSignal> signals) {
        List<TextSignal> kept = null;
        int previousStart = -1;
        int previousEnd = -1;
        boolean previousVoice = false;
        for (int i = 0; i < signals.size(); i++) {
            TextSignal s = signals.get(i);
            boolean outburst = s.category() == SignalCategory.TONE && s.isEvidence();
            // overlapping words are one act only when they share an edge: a construction's parts (カウンター…叩) do
            // not swallow other acts told between them (「カウンター越しに大声で怒鳴り、叩いた」 is two)
            boolean overlap = previousEnd >= 0 && s.start() < previousEnd;
            boolean sameAct = outburst && previousEnd >= 0 && (overlap
                    ? s.start() == previousStart || s.end() == previousEnd
                    : joined(text, previousEnd, s.start())
                    || previousVoice && isVoice(s) && joinedByAnd(text, previousEnd, s.start()));
            if (sameAct && kept == null) {
                kept = new ArrayList<>(signals.subList(0, i));
            }
            if (!sameAct && kept != null) {
                kept.add(s);
            }
            if (outburst && !sameAct) {
                previousStart = s.start();
                previousEnd = s.end();
                previousVoice = isVoice(s);
            } else if (outburst) {
                previousEnd = Math.max(previousEnd, s.end());
            }
        }
        return kept == null ? signals : kept;
    }

    /** Whether the marks from {@code at} run into a closing quotation mark: 「ふざけるな！！」と. */
    private static boolean closesQuote(String text, int at) {
        int i = at;
        while (i < text.length() && EXCLAMATIONS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0; // the mark may start the next word
    }

    /** Whether an outburst is of the voice (a shout, a yell), not a blow or a glare. */
    private static boolean isVoice(TextSignal s) {
        String term = s.term().toLowerCase(java.util.Locale.ROOT);
        return VOICE.stream().anyMatch(term::contains);
    }

    /** Two shouts joined by "and" are one: "yelled and screamed", "raised his voice and shouted". */
    private static boolean joinedByAnd(String text, int previousEnd, int start) {
        if (start - previousEnd > MAX_GAP) {
            return false;
        }
        String gap = text.substring(previousEnd, Math.min(start, text.length())).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z]+", " ").strip();
        return AND_JOINS.contains(gap);
    }

    private static boolean joined(String text, int previousEnd, int start) {
        if (start <= previousEnd) {
            return true;
        }
        if (start - previousEnd > MAX_GAP) {
            return false; // nothing that long is one act; and a long text never copies its gaps
        }
        int from = previousEnd;
        int to = Math.min(start, text.length());
        // the rest of a quoted outburst, then the narration of it: 「ふざけんな、金返せ！」と大声を出された
        int close = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '「' || c == '『' || c == '“') {
                close = -1;
                break;
            }
            if (c == '」' || c == '』' || c == '”') {
                close = i;
            }
        }
        if (close >= 0) {
            from = close + 1;
        }
        StringBuilder rest = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (EXCLAMATIONS.indexOf(c) >= 0 && !closesQuote(text, i)) {
                return false;
            }
            if (MARKS.indexOf(c) < 0 && EXCLAMATIONS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                rest.append(c);
            }
        }
        return JOINS.contains(rest.toString());
    }
}
