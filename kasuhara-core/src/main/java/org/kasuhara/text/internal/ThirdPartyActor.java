// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a third person as the subject of a narrated act or of reported speech in a customer's own text.
 *
 * <ul>
 *   <li>Acts: 「店員が怒鳴った」, 「隣の客が大声で騒いでいた」, "the driver shoved the parcel… and slammed the door",
 *       "he shouted "pay up" through her door and would not leave" (the sentence's subject, when no first person
 *       comes between).
 *       Such a customer describes someone else's conduct, usually the very thing they complain about.</li>
 *   <li>Speech: 「店員が客に向かってバカと言った」, 「店員が私に『死ね』と叫んだ」, "the clerk called the customer an
 *       idiot", "the driver said I was an idiot", "the clerk threatened to hit me". The words are the third
 *       person's, not the customer's. Speech needs both the subject before and a reporting verb (after the match in
 *       Japanese, before it or as its first word in English): 「店員が謝らないなら殺すぞ」 names the clerk and is still
 *       the customer's threat, and so is "you said no so I'll kill you" (another clause
 *       starts between the verb and the match).</li>
 * </ul>
 * A first-person subject (「私は」, 「俺が」) or a subordinate-clause ending (ので, なら, たら, けど…) between the
 * third person and the match keeps the act or the words the customer's own (「店員が来たので私は机を叩いた」,
 * 「店員が遅いのでバカと言った」); a first person as object (「私に」, 「私の」) does not.
 */
final class ThirdPartyActor {
    static final int JA_WINDOW = 24;
    static final int JA_SPEECH_GAP = 6;
    static final int EN_WORDS = 5;
    static final int EN_SPEECH_WORDS = 7;
    /** How far back the subject of a long English sentence is looked for. */
    static final int EN_SENTENCE_CHARS = 160;
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    private static final Phrases JA_THIRD_PERSON = Phrases.of("店員", "スタッフ", "従業員", "社員", "配達員", "ドライバー",
            "運転手", "係員", "係の人", "担当者", "担当の方", "店長", "警備員", "オペレーター", "受付の人", "レジの人", "客",
            "男性", "女性", "男の人", "女の人", "彼", "彼女", "相手", "方", "前の人", "隣の人", "後ろの人", "他の人", "ほかの人",
            "別の人", "人", "先生", "教師", "講師", "医師", "医者", "看護師", "介護士", "保育士", "職員", "駅員", "店主", "営業",
            "作業員", "業者", "運転士", "車掌", "警官", "親", "母", "父", "祖母", "祖父", "娘", "息子", "夫", "妻", "主人",
            "家族", "子ども", "子供", "友人", "友達", "知人", "同僚", "上司", "部下", "保護者", "生徒", "学生", "乗客", "住民",
            "隣人", "兄", "姉", "弟", "妹");
    private static final Phrases JA_SUBJECT_PARTICLE = Phrases.of("が", "は", "さんが", "さんは", "たちが", "たちは");
    private static final Phrases JA_FIRST_PERSON = Phrases.of("私", "わたし", "僕", "俺", "自分", "うち");
    private static final Phrases JA_FIRST_PERSON_SUBJECT = Phrases.of("が", "は", "も", "、", ",", "たちが", "たちは",
            "どもが", "どもは");
    private static final Phrases JA_CLAUSE_END = Phrases.of("ので", "のに", "なら", "たら", "けど", "けれど");
    /** Quotative and reporting verb: the words before it are what the subject said. */
    private static final Phrases JA_REPORTING = Phrases.of("と言っ", "と言い", "と言う", "って言っ", "って言い",
            "とか言", "なんて言", "などと言", "と怒鳴", "と叫", "と罵", "と吐き捨て", "と書い", "と書き", "と暴言",
            "呼ばわり", "とすごん", "と凄ん", "と脅", "と詰め寄", "と絡", "と騒", "とわめ", "と喚", "と呼", "と返", "と文句",
            "とつぶや", "と言わ", "って怒鳴", "って叫", "ってわめ", "って脅", "って凄", "ってすご", "と迫");
    /** A verb of saying a few characters after the quotative: 「『ぶっ飛ばすぞ』と冗談で言った」. */
    private static final Phrases JA_SAYING = Phrases.of("言っ", "言い", "言う", "言わ", "叫", "怒鳴", "書い", "書き",
            "絡ん", "騒い", "わめ", "喚");
    static final int JA_ADVERBIAL = 8;
    private static final Set<String> EN_THIRD_PERSON = Set.of("he", "she", "they", "cashier", "clerk", "staff",
            "employee", "employees", "waiter", "waitress", "driver", "manager", "member", "guard", "agent",
            "operator", "guy", "man", "woman", "lady", "someone", "somebody", "customer", "person", "courier",
            "parent", "teacher", "nurse", "doctor", "mother", "father", "mom", "mum", "dad", "son", "daughter",
            "husband", "wife", "brother", "sister", "neighbour", "neighbor", "kid", "child", "friend", "colleague",
            "passenger", "guest", "patient", "student", "officer", "technician", "engineer", "salesman",
            "receptionist", "caller", "rep", "shopper", "diner", "visitor", "tenant", "resident");
    private static final Set<String> EN_SPEAKER = union(EN_THIRD_PERSON, Set.of("you", "server", "owner", "boss",
            "barista", "receptionist", "representative", "rep", "chef", "cook", "security", "supervisor"));
    private static final Set<String> EN_FIRST_PERSON = Set.of("i", "we", "i'm", "i've", "i'd", "i'll");
    /** Words that start another clause: "you said no so I'll kill you" is the customer's threat. */
    private static final Set<String> EN_CLAUSE_START = Set.of("so", "and", "but", "because", "then", "if", "unless",
            "or", "when", "until", "therefore");
    private static final Set<String> EN_REPORTING = Set.of("said", "says", "saying", "told", "tells", "called",
            "calls", "yelled", "shouted", "screamed", "wrote", "replied", "snapped", "barked", "muttered",
            "threatened", "threatens", "threatening", "threaten", "yelling", "screaming", "shouting");

    private ThirdPartyActor() {
    }

    static boolean actsInNarration(String text, int matchStart) {
        return japaneseSubjectBefore(text, matchStart) || englishSubjectBefore(text, matchStart);
    }

    /** Characters between an act verb and the person it describes: 怒鳴【っていた】人, 殴【った】客. */
    static final int JA_RELATIVE_GAP = 5;

    /**
     * Whether the act describes a person the customer saw: the verb in a relative clause before a person noun
     * (「怒鳴っていた人がいて」, 「殴った客」) — that person acted, not the customer.
     *
     * @param matchEnd where the act's term ends
     */
    static boolean actorAfter(String text, int matchEnd) {
        int limit = Math.min(text.length(), matchEnd + JA_RELATIVE_GAP + 1);
        for (int at = matchEnd; at < limit; at++) {
            char c = text.charAt(at);
            if (CharClasses.isClauseEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
            char before = at > 0 ? text.charAt(at - 1) : 0;
            if ((before == 'た' || before == 'る') && JA_THIRD_PERSON.matchAt(text, at) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match is what a third person said, as the customer reports it.
     *
     * @param quote the innermost quotation around the match, or {@code null}
     */
    static boolean speaksInNarration(String text, Candidate match, int[] quote) {
        return (japaneseSubjectBefore(text, match.start()) && japaneseReportingAfter(text, match, quote))
                || englishReporterBefore(text, match.start());
    }

    /**
     * Whether a person noun begins at an offset (店員, 客, 家族…), for callers that qualify the person themselves.
     *
     * @return the noun's length, or 0
     */
    static int japanesePersonAt(String text, int at) {
        return Math.max(0, JA_THIRD_PERSON.matchAt(text, at));
    }

    /** Whether a Japanese reporting verb follows a quotation: 「…」と怒鳴った, 「…」と冗談で言った. */
    static boolean reportedAfterQuote(String text, int[] quote) {
        return japaneseReportingAfter(text, null, quote);
    }

    /** Whether an English word names a third person ("customer", "guest", "passenger", "she"). */
    static boolean isEnglishPerson(String word) {
        return EN_THIRD_PERSON.contains(word);
    }

    /** Whether an English word is a reporting verb ("said", "yelled", "told"). */
    static boolean isEnglishReporting(String word) {
        return EN_REPORTING.contains(word);
    }

    private static boolean japaneseSubjectBefore(String text, int matchStart) {
        boolean thirdPerson = false;
        int limit = Math.max(0, matchStart - JA_WINDOW);
        int from = matchStart;
        while (from > limit && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        for (int at = from; at < matchStart; at++) {
            int person = JA_THIRD_PERSON.matchAt(text, at);
            int self = JA_FIRST_PERSON.matchAt(text, at);
            if (person > 0 && JA_SUBJECT_PARTICLE.matchAt(text, at + person) > 0) {
                thirdPerson = true;
            } else if (self > 0 && JA_FIRST_PERSON_SUBJECT.matchAt(text, at + self) > 0) {
                thirdPerson = false;
            } else if (JA_CLAUSE_END.matchAt(text, at) > 0) {
                thirdPerson = false;
            }
        }
        return thirdPerson;
    }

    private static boolean japaneseReportingAfter(String text, Candidate match, int[] quote) {
        int from = quote != null ? quote[1] + 1 : match.end();
        if (quote != null && from < text.length() && text.charAt(from) == 'と') {
            for (int at = from + 1; at <= from + JA_ADVERBIAL && at < text.length(); at++) {
                if (CharClasses.isClauseEnd(text.charAt(at)) || CharClasses.isQuote(text.charAt(at))) {
                    break;
                }
                if (JA_SAYING.matchAt(text, at) > 0) {
                    return true;
                }
            }
        }
        for (int at = from; at <= from + JA_SPEECH_GAP && at < text.length(); at++) {
            if (JA_REPORTING.matchAt(text, at) > 0) {
                return true;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    private static boolean englishSubjectBefore(String text, int matchStart) {
        List<String> words = EnglishWords.before(text, matchStart, EN_WORDS, true);
        for (String word : words) {
            if (EN_FIRST_PERSON.contains(word)) {
                return false;
            }
            if (EN_THIRD_PERSON.contains(word)) {
                return true;
            }
        }
        return englishSentenceSubject(text, matchStart);
    }

    /**
     * The subject of a sentence whose later verb phrase is the match: "He shouted "pay up" through her door and
     * would not leave". A first person anywhere before the match in the sentence keeps it the customer's own.
     */
    private static boolean englishSentenceSubject(String text, int matchStart) {
        int from = matchStart;
        while (from > 0 && matchStart - from < EN_SENTENCE_CHARS && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
            return false;
        }
        String[] words = QUOTED.matcher(text.substring(from, matchStart)).replaceAll(" ").trim().split("[^a-z']+");
        if (words.length < 2 || Arrays.stream(words).anyMatch(EN_FIRST_PERSON::contains)) {
            return false;
        }
        if (vocative(text, from, words[0])) {
            return false; // "Nurse, would you give me…": the person is addressed, not the subject
        }
        return EN_THIRD_PERSON.contains(words[0])
                || (words[0].equals("the") && EN_THIRD_PERSON.contains(words[1]));
    }

    private static boolean vocative(String text, int sentenceStart, String firstWord) {
        int at = text.indexOf(firstWord, sentenceStart);
        int after = at < 0 ? -1 : at + firstWord.length();
        return after >= 0 && after < text.length() && text.charAt(after) == ',';
    }

    /**
     * A reporting verb with a third-person subject before the match, or as its first word: "the clerk said I was
     * an idiot", "the clerk threatened to hit me". "I told him he's an idiot" is the customer's own speech.
     */
    private static boolean englishReporterBefore(String text, int matchStart) {
        List<String> words = new ArrayList<>(EnglishWords.after(text, matchStart, 1, true));
        words.addAll(EnglishWords.before(text, matchStart, EN_SPEECH_WORDS, true));
        for (int k = 0; k + 1 < words.size(); k++) {
            if (EN_CLAUSE_START.contains(words.get(k))) {
                return false;
            }
            if (EN_REPORTING.contains(words.get(k))) {
                String subject = words.get(k + 1);
                if (EN_FIRST_PERSON.contains(subject)) {
                    return false;
                }
                if (EN_SPEAKER.contains(subject)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
