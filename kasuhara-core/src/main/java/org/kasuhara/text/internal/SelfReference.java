// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * Recognises an insult the speaker applies to themself — self-reproach, common in polite complaints about one's
 * own mistake: 「私がバカでした」, 「俺って本当にアホだ」, "I was such an idiot", "you made me feel stupid".
 * <ul>
 *   <li>Japanese: a first person with a subject or possessive particle (私が, 自分は, 俺って, 私の) at most
 *       {@value #JA_GAP} characters before the insult, with no person addressed (お前, 店員…) in between or
 *       right after it (「俺はバカ店員が嫌いだ」 is about the clerk).</li>
 *   <li>English: the insult completes "I am / I'm / I was / I feel (like) / me feel (like) / I look (like)", or
 *       follows "my own", allowing "a", "an", "such", "so", "total"… in between.</li>
 * </ul>
 */
final class SelfReference {
    static final int JA_GAP = 5;

    private static final Phrases JA_FIRST_PERSON = Phrases.of("私", "わたし", "僕", "ぼく", "俺", "おれ", "自分", "うち",
            "あたし", "わし");
    /** Dialect first persons, which hiragana words can hold (価値にあたいする): only at a word's start. */
    private static final Phrases JA_DIALECT_FIRST_PERSON = Phrases.of("おら", "おいら", "あたい");
    /** What follows an insult said of oneself: a copula, a past, an adjective ending (バカでした, バカだな, バカさ加減). */
    private static final Phrases JA_PREDICATE = Phrases.of("だ", "で", "な", "じゃ", "さ", "て");
    /** An intensifier may stand for the particle: 「私ほんとバカで」, 「俺マジでアホ」, and in dialect 「うちほんまアホやから」. */
    private static final Phrases JA_INTENSIFIER = Phrases.of("ほんと", "本当に", "本当", "マジで", "まじで", "まじ", "マジ",
            "めっちゃ", "すごく", "超", "ほんまに", "ほんま", "ガチで", "がちで", "めちゃくちゃ", "めちゃ", "ばり", "なまら",
            "でら", "ぶち");
    private static final Phrases JA_TOO = Phrases.of("すぎ", "過ぎ");
    /** More endings of an insult said of oneself: 「アホやった」, 「バカみたい」, 「バカっぽい」, 「ボケとる」, 「頭が悪いので」. */
    private static final Phrases JA_MORE_PREDICATE = Phrases.of("や", "み", "っぽ", "ね", "よ", "か", "に", "と",
            "の");
    /**
     * The speaker owns the mistake: 「私のミス」, 「自分が悪い」, "my bad". Normalised like the text they are sought in
     * (「ミス」 is read as 「みす」 there).
     */
    private static final List<String> SELF_BLAME = List.of("私のミス", "自分のミス", "私の勘違い", "自分の勘違い", "私の間違い",
            "私の不注意", "自分の不注意", "私のせい", "自分のせい", "私が悪", "自分が悪", "俺が悪", "僕が悪", "私のうっかり",
            "my mistake", "my bad", "my fault", "silly me", "stupid me", "dumb me");
    /** 「私がポンコツですみません」: a first person, a few characters, and an apology for being so. */
    private static final List<String> JA_APOLOGY = List.of("ですみません", "ですいません", "でごめん", "で申し訳");
    private static final Literals SELF_BLAME_LITERALS = Literals.of(normalised(SELF_BLAME));
    private static final Literals APOLOGY_LITERALS = Literals.of(normalised(JA_APOLOGY));
    static final int APOLOGY_GAP = 8;
    private static final Phrases JA_PARTICLE = Phrases.of("が", "は", "って", "も", "の");
    private static final Phrases JA_OTHER_PERSON = Phrases.of("お前", "おまえ", "あんた", "てめえ", "てめぇ", "貴様",
            "店員", "従業員", "スタッフ", "担当", "社員", "バイト", "店長", "さん", "くん", "君", "あいつ", "こいつ", "そいつ",
            "御社", "お宅", "おたく", "会社", "店");
    private static final Set<String> FILLERS = Set.of("a", "an", "such", "so", "total", "complete", "real", "bit",
            "absolute", "utter", "really", "just", "the", "biggest", "very", "quite", "pretty", "of");
    private static final Set<String> EN_SELF = Set.of("i'm", "im");
    private static final Set<String> EN_LIKE_VERBS = Set.of("feel", "felt", "look", "looked", "sound", "sounded");
    private static final Set<String> EN_VERBS = Set.of("am", "was", "feel", "felt", "look", "looked", "sound",
            "sounded", "be");
    private static final Set<String> EN_SUBJECTS = Set.of("i", "me");

    private SelfReference() {
    }

    static boolean aimsAtSpeaker(String text, Candidate match) {
        boolean insult = match.category() == SignalCategory.INSULT || match.category() == SignalCategory.SLANDER;
        if (!insult || match.entry().construction()) {
            return false; // a construction names its target itself (お前…役立たず)
        }
        return japanese(text, match.start(), match.end()) || english(text, match.start());
    }

    /**
     * Whether an insult with no target of its own continues a self-reproach the same text already made: 「私がポンコツで
     * すみません…今度はキャプスロックでした、バカすぎる😂」. The insult must be a predicate (バカすぎる, アホでした,
     * アホじゃ) and its sentence must name no other person; the caller checks that the text holds a self-reproach.
     *
     * @param text  the normalised text
     * @param match an insult the target detector found no target for
     * @return {@code true} when it reads as more of the same self-reproach
     */
    static boolean continuesSelfReproach(String text, Candidate match) {
        boolean insult = match.category() == SignalCategory.INSULT;
        if (!insult || match.entry().construction() || match.end() >= text.length()) {
            return false;
        }
        int end = match.end();
        if (JA_PREDICATE.matchAt(text, end) <= 0 && JA_TOO.matchAt(text, end) <= 0) {
            return false;
        }
        int from = CharClasses.sentenceStart(text, match.start());
        int to = end;
        while (to < text.length() && !CharClasses.isSentenceEnd(text.charAt(to))) {
            to++;
        }
        return !namesAnotherPerson(text, from, to);
    }

    private static List<String> normalised(List<String> phrases) {
        return phrases.stream().map(TextNormalizer::normalizeTerm).distinct().toList();
    }

    /**
     * Whether the text has the speaker blame themself: a self-reproach the lexicon has no word for
     * (「私がポンコツですみません」, 「私のミスです」, "my bad").
     *
     * @param text the normalised text
     * @return {@code true} when it does
     */
    static boolean blamesThemself(String text) {
        return SELF_BLAME_LITERALS.occurIn(text)
                || APOLOGY_LITERALS.occurWhere(text, at -> firstPersonSubjectBefore(text, at));
    }

    /** 「私が」 ending fewer than {@value #APOLOGY_GAP} + 6 characters before the apology, in its clause. */
    private static boolean firstPersonSubjectBefore(String text, int apology) {
        for (int at = apology - 1; at >= Math.max(0, apology - APOLOGY_GAP - 10); at--) {
            if (CharClasses.isClauseEnd(text.charAt(at))) {
                return false;
            }
            int self = firstPersonAt(text, at);
            // 「私が」, or 「私の説明が下手ですみません」: the speaker's own doing
            if (self > 0 && (text.startsWith("が", at + self) || text.startsWith("の", at + self))
                    && apology - (at + self + 1) < APOLOGY_GAP + 6) {
                return true;
            }
        }
        return false;
    }

    /** The length of a first-person pronoun at {@code at}, or -1. */
    private static int firstPersonAt(String text, int at) {
        int self = JA_FIRST_PERSON.matchAt(text, at);
        if (self > 0) {
            return self;
        }
        return at == 0 || !CharClasses.isHiragana(text.charAt(at - 1)) ? JA_DIALECT_FIRST_PERSON.matchAt(text, at) : -1;
    }

    private static boolean japanese(String text, int start, int end) {
        if (end >= text.length() || !saidOfTheSubject(text, end)) {
            return false; // the insult must be what is said of the speaker: 「私がバカでした」, not 「俺は客だぞ、バカ」
        }
        if (namesAnotherPerson(text, end, Math.min(text.length(), end + 2))) {
            return false; // 「俺はバカ店員が嫌いだ」: the insult qualifies someone else
        }
        int from = Math.max(0, start - JA_GAP - 6);
        for (int at = start - 1; at >= from; at--) {
            char c = text.charAt(at);
            if (CharClasses.isClauseEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
            int self = firstPersonAt(text, at);
            if (self > 0) {
                int particle = Math.max(JA_PARTICLE.matchAt(text, at + self), JA_INTENSIFIER.matchAt(text, at + self));
                int gapStart = at + self + particle;
                return particle > 0 && start - gapStart <= JA_GAP && !namesAnotherPerson(text, gapStart, start);
            }
        }
        return false;
    }

    /**
     * What follows the insult ends what is said of the subject: a copula or ending (バカでした, アホやった, バカすぎ,
     * バカみたい) or the clause's end (「私ってほんとバカ。」, 「私がバカw」), not more words aimed elsewhere (「自分の顔と体型
     * なんとかしてから人の髪触ったら？」 tells the listener to fix their own looks).
     */
    private static boolean saidOfTheSubject(String text, int end) {
        char next = text.charAt(end);
        return JA_PREDICATE.matchAt(text, end) > 0 || JA_TOO.matchAt(text, end) > 0
                || JA_MORE_PREDICATE.matchAt(text, end) > 0 || !Character.isLetter(next) || next == 'w'
                || next == '笑';
    }

    private static boolean namesAnotherPerson(String text, int from, int to) {
        return JA_OTHER_PERSON.occursIn(text, from, to);
    }

    private static boolean english(String text, int start) {
        List<String> before = EnglishWords.before(text, start, 6, true);
        int i = 0;
        while (i < before.size() && FILLERS.contains(before.get(i))) {
            i++;
        }
        if (i >= before.size()) {
            return false;
        }
        String word = before.get(i);
        String previous = i + 1 < before.size() ? before.get(i + 1) : "";
        if (word.equals("like")) { // "I feel like an idiot", not "I feel like idiots run this store"
            String subject = i + 2 < before.size() ? before.get(i + 2) : "";
            return i > 0 && EN_LIKE_VERBS.contains(previous) && EN_SUBJECTS.contains(subject);
        }
        return EN_SELF.contains(word) || (word.equals("own") && previous.equals("my"))
                || (EN_VERBS.contains(word) && EN_SUBJECTS.contains(previous))
                || (word.equals("be") && previous.equals("must") && i + 2 < before.size() && before.get(i + 2).equals("i"));
    }
}
