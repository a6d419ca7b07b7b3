// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The same demand made again and again inside one contact, as a transcript shows it: 「違約金なしで解約して」 …
 * 「だから違約金なしで解約して」 … 「違約金なしで解約。」, or "I want a refund" three times. A demand is a demand word
 * (返金, 解約, refund, manager…) in a request form (して, しろ, ください, a clause ending on the word; "I want", "give
 * me", "now", "!", a clause opening on it). Two occurrences are the same demand when the word and the two characters
 * (in English the word) before it agree: 「Aを返金して」 and 「Bも返金して」 are two demands, not one made twice.
 * {@value #TIMES} such occurrences are a repetition (the Tokyo manual's example counts an unfulfillable demand made
 * three times, TOKYO-2025-MANUAL); whether it lasted long enough to be persistent is for the rules, which know the
 * contact's duration (KH-REP-002, CCAJ-2025: 30 minutes). Lines quoted from earlier e-mails ({@code > …}) are not
 * read: a reply that quotes the last two messages repeats their words without making the demand again.
 */
final class RepeatedDemand {
    /** The term a signal of this detector carries: no lexicon entry has it. */
    static final String TERM = "(同じ要求の繰り返し / the same demand repeated)";
    /** How often the same demand must be made. */
    static final int TIMES = 3;
    private static final Phrases JA_WORDS = Phrases.of("返金", "交換", "解約", "返品", "取り消し", "取消し", "キャンセル",
            "謝罪", "責任者", "店長", "上の人", "上の者", "社長", "弁償", "賠償", "慰謝料", "無料", "値引き", "割引",
            "払い戻し", "金返せ", "金を返せ", "金返して", "金を返して");
    private static final Phrases JA_REQUEST = Phrases.of("して", "しろ", "せよ", "しなさい", "ください", "くれ", "せえ",
            "せや", "させろ", "させて", "を出せ", "出せ", "を出して", "出して", "呼べ", "を呼べ", "呼んで", "を呼んで",
            "しや", "って言って", "っつって", "しかない", "しか認め");
    /** Particles and endings that may stand between the word and the clause's end: 「解約よ」, 「返金だ」. */
    private static final Phrases JA_ENDING = Phrases.of("よ", "ね", "だ", "だよ", "でしょ", "です", "を");
    private static final Phrases EN_WORDS = Phrases.of("refund", "money back", "cancel", "replacement", "replace",
            "compensation", "compensate", "manager", "supervisor", "apology", "apologise", "apologize", "discount",
            "reimburse", "exchange");
    private static final Phrases EN_BEFORE = Phrases.of("i want", "give me", "i need", "i demand", "get me", "put me",
            "just ", "i said", "asking for", "telling you", "you will", "you'll");
    private static final List<String> EN_AFTER = List.of("now", "today", "immediately");
    /** Words that may stand before a demand without making it another one, longest first. */
    private static final List<String> JA_FILLERS = Stream.of("いいから", "いいかげん",
            "とにかく", "さっさと", "今すぐ", "いますぐ", "ちゃんと", "だから", "だって", "早く", "はやく", "すぐに", "すぐ",
            "から", "ねえ", "おい", "ほら", "もう").map(TextNormalizer::normalizeTerm).toList();
    /** English words that may stand before a demand without making it another one. */
    private static final Set<String> EN_FILLERS = Set.of("just", "please", "so", "now", "look",
            "again", "said", "then", "simply", "and", "i", "me");
    private static final int JA_KEY = 2;
    private static final int EN_REACH = 24;

    private RepeatedDemand() {
    }

    /**
     * The span of the demand's {@value #TIMES}rd occurrence, when one demand is made that often.
     *
     * @param text the normalised text of one contact
     * @return {start, end} in the normalised text, or {@code null}
     */
    static int[] find(String text) {
        Map<String, Integer> counts = null;
        for (int at = 0; at < text.length(); at++) {
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
            if (lineStart && (text.charAt(at) == '>' || staffTurn(text, at))) {
                int lineEnd = text.indexOf('\n', at);
                at = lineEnd < 0 ? text.length() : lineEnd;
                continue; // a quoted line of an earlier e-mail, or the staff's turn of a transcript: not the customer
            }
            int length = JA_WORDS.matchAt(text, at);
            boolean japanese = length > 0;
            if (!japanese) {
                length = wordStart(text, at) ? EN_WORDS.matchAt(text, at) : -1;
                if (length > 0 && at + length < text.length() && Character.isLetter(text.charAt(at + length))) {
                    length = -1; // "refunded", "cancellation": told, not demanded
                }
            }
            if (length <= 0) {
                continue;
            }
            int end = at + length;
            boolean demand = japanese ? requestedAfter(text, end) : englishDemand(text, at, end);
            if (demand) {
                String key = (japanese ? before(text, at) : previousWord(text, at)) + text.substring(at, end);
                if (counts == null) {
                    counts = new HashMap<>();
                }
                if (counts.merge(key, 1, Integer::sum) == TIMES) {
                    return new int[] {at, end};
                }
            }
            at = end - 1;
        }
        return null;
    }

    /** Labels of the staff's turns in a transcript (「店員：」, "Agent:"), normalised. */
    private static final Set<String> STAFF_LABELS = Stream.of("店員", "スタッフ", "担当", "担当者", "係員", "職員",
            "オペレーター", "オペ", "受付", "当方", "agent", "staff", "operator", "clerk", "rep", "advisor", "support")
            .map(TextNormalizer::normalizeTerm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the line at {@code at} opens on a staff label: the customer makes the demands, not the clerk. */
    private static boolean staffTurn(String text, int at) {
        int label = CharClasses.speakerLabelEnd(text, at);
        return label >= 0 && STAFF_LABELS.contains(text.substring(at, label).strip());
    }

    /** After 「して」: told, not asked (「交換してもらい」, 「返金してくれた」, 「解約している」); 「していただけ」 still asks. */
    private static final Phrases JA_TOLD_AFTER_SHITE = Phrases.of("もらっ", "もらい", "いただい", "いただき", "くれた",
            "くれて", "た", "い");
    private static final Phrases JA_ASKS_AFTER_SHITE = Phrases.of("いただけ", "ください");
    /** A demand said not to be made: 「返金しろとは言っていません」. */
    private static final Phrases JA_NOT_SAID = Phrases.of("とは言", "なんて言", "とは申", "とまでは言", "と言うつもりは");

    /** A request form right after the word, one character (a particle: 「返金を」) allowed between. */
    private static boolean requestedAfter(String text, int end) {
        int request = JA_REQUEST.matchAt(text, end) > 0 ? end : JA_REQUEST.matchAt(text, end + 1) > 0 ? end + 1 : -1;
        if (request >= 0) {
            int after = request + JA_REQUEST.matchAt(text, request);
            if (text.startsWith("して", request) && after == request + 2 && JA_ASKS_AFTER_SHITE.matchAt(text, after) <= 0
                    && JA_TOLD_AFTER_SHITE.matchAt(text, after) > 0) {
                return false;
            }
            return JA_NOT_SAID.matchAt(text, after) <= 0;
        }
        return endsTheClause(text, end);
    }

    private static boolean endsTheClause(String text, int end) {
        if (end >= text.length() || isEnd(text.charAt(end))) {
            return true; // 「違約金なしで解約。」
        }
        int ending = JA_ENDING.matchAt(text, end);
        return ending > 0 && (end + ending >= text.length() || isEnd(text.charAt(end + ending))); // 「解約よ。」
    }

    private static boolean isEnd(char c) {
        return CharClasses.isClauseEnd(c) || c == '」';
    }

    /**
     * The two characters before the word in its clause, fillers passed over (「いいから店長を出せ」 and 「店長を出せ」 are the
     * same demand); the start of the clause when nothing else is there.
     */
    private static String before(String text, int at) {
        int end = at;
        for (int filler = fillerBefore(text, end); filler > 0; filler = fillerBefore(text, end)) {
            end -= filler;
        }
        int from = end;
        while (from > 0 && end - from < JA_KEY && !CharClasses.isClauseEnd(text.charAt(from - 1))
                && text.charAt(from - 1) != '「' && text.charAt(from - 1) != ' ') {
            from--;
        }
        return (end - from < JA_KEY ? "^" : "") + text.substring(from, end);
    }

    private static int fillerBefore(String text, int end) {
        for (String filler : JA_FILLERS) {
            if (end >= filler.length() && text.startsWith(filler, end - filler.length())) {
                return filler.length();
            }
        }
        return end > 0 && text.charAt(end - 1) == ' ' ? 1 : 0;
    }

    private static boolean englishDemand(String text, int start, int end) {
        int clause = start;
        while (clause > 0 && start - clause < EN_REACH && !CharClasses.isClauseEnd(text.charAt(clause - 1))) {
            clause--;
        }
        String before = text.substring(clause, start);
        if (before.contains("not ") || before.contains("n't ") || before.contains("never ")) {
            return false; // "I'm not asking for a refund"
        }
        if (before.isBlank()) {
            return imperative(text, end); // the clause opens on it: "Refund me." "Cancel it, now." — not "Manager was rude"
        }
        if (EN_BEFORE.find(text, clause, start, true) >= 0) {
            return true;
        }
        if (!fillersOnly(before)) {
            return false; // "I asked about the refund today", "The refund never came!": told, not asked
        }
        int after = end;
        while (after < text.length() && after - end < 16 && !CharClasses.isSentenceEnd(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && text.charAt(after) == '!') {
            return true; // "A refund, today!"
        }
        for (String word : text.substring(end, after).split("[^a-z]+")) {
            if (EN_AFTER.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words that may follow a demand word used as a verb or a call: "Refund me", "Cancel my order", "Manager, now!". */
    private static final Set<String> EN_IMPERATIVE_NEXT = Set.of("me", "it", "my", "the", "this", "that", "now",
            "please", "immediately", "today", "everything", "all", "us", "our", "them", "right");

    private static boolean imperative(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || !Character.isLetter(text.charAt(at))) {
            return true; // "Refund." "Manager, now!"
        }
        int wordEnd = at;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return EN_IMPERATIVE_NEXT.contains(text.substring(at, wordEnd));
    }

    /** Only fillers and articles before the word in its clause: "a refund, today!", "just the manager now". */
    private static boolean fillersOnly(String before) {
        for (String word : before.split("[^a-z']+")) {
            if (!word.isEmpty() && !EN_FILLERS.contains(word) && !word.equals("a") && !word.equals("the")
                    && !word.equals("my") && !word.equals("your")) {
                return false;
            }
        }
        return true;
    }

    /** The word before, fillers passed over ("Cancel it." and "Just cancel it!" are the same demand). */
    private static String previousWord(String text, int at) {
        int end = at;
        while (true) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int from = end;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            if (from == end) {
                return "^";
            }
            String word = text.substring(from, end);
            if (!EN_FILLERS.contains(word)) {
                return word + " ";
            }
            end = from;
        }
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }
}
