// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;

/**
 * In a staff member's narrative, a quotation said by <em>another</em> person than the customer the case is about:
 * 「別の入居者の家族が職員に『役立たず』と怒鳴っていたとのこと」, "another passenger shouted "…" at the conductor". A
 * caller who reports abuse they witnessed is not its author; the narrative names the author with 別の・他の・ほかの
 * ("another", "other") before a person noun as the subject, and a reporting verb follows the quotation. 「客が
 * 『殺すぞ』と叫んだ」 names no other person and stays the customer's conduct.
 */
final class OtherParty {
    /** How far before the opening mark the qualified subject may stand. */
    static final int REACH = 24;
    /** At most this many characters between 別の and the person noun (別の入居者の家族). */
    static final int NOUN_GAP = 6;
    /** English words before the opening mark searched for "another customer said". */
    static final int EN_WORDS = 10;

    private static final Phrases OTHER = Phrases.of("別の", "他の", "ほかの", "よその", "見知らぬ");
    /** A subject, or the agent of a passive (「別の客から『土下座しろ』と迫られている店員」). */
    private static final Phrases SUBJECT = Phrases.of("が", "は", "さんが", "さんは", "様が", "様は", "さまが", "たちが",
            "から", "さんから", "様から");

    /**
     * A stranger as the agent of what the caller received, in the words a caller uses on the phone (「酔った男の人に
     * 足を踏まれて『…』って言うたら『殺すぞ』って言われたんです」). Words a staff note may use for the customer
     * (酔っ払い, おじさん) are not among them, and no other agent (お客様に, 客から) may stand between it and the words.
     */
    private static final Phrases STRANGER_AGENT = Phrases.of(strangers());

    /** 男の人に, 女の子に, 通りすがりの人に, and every 知らない・知らん・見知らぬ person with に or から. */
    private static String[] strangers() {
        List<String> agents = new java.util.ArrayList<>(List.of("男の人に", "男の人から", "女の人に", "女の人から",
                "男の子に", "女の子に", "通りすがりの人に"));
        for (String unknown : List.of("知らない", "知らん", "見知らぬ")) {
            for (String person : List.of("人", "男性", "女性", "男", "女", "おじさん", "おばさん", "おっさん", "おばちゃん")) {
                agents.add(unknown + person + "に");
                agents.add(unknown + person + "から");
            }
        }
        return agents.toArray(String[]::new);
    }
    private static final Phrases AGENT_MARK = Phrases.of("に", "から");

    /** How far before the opening mark the stranger may be named: across the caller's own words before it. */
    static final int STRANGER_REACH = 32;

    private OtherParty() {
    }

    /** A stranger is named before the opening mark in its sentence, and no other に/から agent after it. */
    private static boolean strangerIsTheLastAgent(String text, int open) {
        int from = CharClasses.sentenceAround(text, open, open, STRANGER_REACH)[0];
        int stranger = STRANGER_AGENT.find(text, from, open, false);
        if (stranger < 0) {
            return false;
        }
        int after = stranger + STRANGER_AGENT.matchAt(text, stranger);
        return AGENT_MARK.find(text, after, open, false) < 0;
    }

    /**
     * Whether another person than the case's customer said the quotation.
     *
     * @param text  normalised text
     * @param quote {open, close} offsets of the quotation marks
     * @return {@code true} when an "other" person is the subject before it and a reporting verb follows it
     */
    static boolean spokeQuote(String text, int[] quote) {
        return (japaneseSubject(text, quote[0]) && ThirdPartyActor.reportedAfterQuote(text, quote))
                || (strangerIsTheLastAgent(text, AttributionDetector.quoteListStart(text, quote[0]))
                        && AttributionDetector.receivedAfterList(text, quote[1]))
                || englishSubject(EnglishWords.before(text, quote[0], EN_WORDS, false));
    }

    /**
     * Whether a narrated act outside quotations has another person as its subject: 「別の客が職員を怒鳴りつけた」,
     * "another passenger shouted at the conductor".
     *
     * @param text       normalised text
     * @param matchStart where the act's words begin
     * @return {@code true} when the nearest subject before the act is qualified as another person
     */
    static boolean acts(String text, int matchStart) {
        return japaneseSubject(text, matchStart) || englishActor(EnglishWords.before(text, matchStart, EN_WORDS, true));
    }

    /** The nearest subject (a person noun and が・は) before {@code end} in its sentence is qualified by 別の. */
    private static boolean japaneseSubject(String text, int end) {
        int from = Math.max(0, end - REACH);
        for (int at = end - 1; at >= from; at--) {
            char c = text.charAt(at);
            if (c == '」' || c == '』') { // 「別の客が『…』と怒鳴った」: the act's subject stands before the words
                int open = text.lastIndexOf(c == '」' ? '「' : '『', at);
                at = open >= 0 ? open : at;
                from = Math.max(0, Math.min(from, at - REACH));
                continue;
            }
            if (CharClasses.isSentenceEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
            int noun = ThirdPartyActor.japanesePersonAt(text, at);
            if (noun > 0 && SUBJECT.matchAt(text, at + noun) > 0) {
                return qualifiedAsOther(text, at);
            }
        }
        return false;
    }

    /** 「別の入居者の家族」: 別の, then only a noun modifier (no particle but の, no punctuation) up to the noun. */
    private static boolean qualifiedAsOther(String text, int noun) {
        for (int at = noun; at >= Math.max(0, noun - NOUN_GAP - 3); at--) {
            int other = OTHER.matchAt(text, at);
            if (other > 0 && at + other <= noun) {
                return modifierOnly(text, at + other, noun);
            }
        }
        return false;
    }

    private static boolean modifierOnly(String text, int from, int to) {
        if (to - from > NOUN_GAP) {
            return false;
        }
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            boolean particle = CharClasses.isHiragana(c) && c != 'の' && c != 'お' && c != 'ご';
            if (particle || CharClasses.isClauseEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
        }
        return true;
    }

    /** "another passenger shouted…": the nearest person word before the act is "another/other X". */
    private static boolean englishActor(List<String> nearestFirst) {
        for (int s = 0; s < nearestFirst.size(); s++) {
            if (isPerson(nearestFirst.get(s))) {
                return s + 1 < nearestFirst.size() && isOther(nearestFirst.get(s + 1));
            }
        }
        return false;
    }

    private static boolean isPerson(String word) {
        String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return ThirdPartyActor.isEnglishPerson(word) || ThirdPartyActor.isEnglishPerson(stem);
    }

    private static boolean isOther(String word) {
        return word.equals("another") || word.equals("other") || word.equals("different");
    }

    /** "another customer yelled", "one of the other guests said" — nearest word first. */
    private static boolean englishSubject(List<String> nearestFirst) {
        for (int k = 0; k + 1 < nearestFirst.size(); k++) {
            if (!ThirdPartyActor.isEnglishReporting(nearestFirst.get(k))) {
                continue;
            }
            for (int s = k + 1; s < Math.min(nearestFirst.size(), k + 5); s++) {
                if (isPerson(nearestFirst.get(s))) {
                    return s + 1 < nearestFirst.size() && isOther(nearestFirst.get(s + 1));
                }
            }
            return false;
        }
        return false;
    }
}
