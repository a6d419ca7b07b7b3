// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * v1 negation heuristic. Deliberately simple and local, so that a later morphological analysis can replace it
 * behind the same call.
 *
 * <ul>
 *   <li><b>Japanese</b>: a negation right after the match, after at most {@value #JA_GAP} hiragana of verb ending
 *       (「暴力をふるうつもりはない」, 「殴っていません」, 「バカなんて言っていない」). Explicit denials
 *       (つもりはない, わけではない, なんて言っていない…) always count; a bare auxiliary (ない, ません…) does not count
 *       when a condition follows (「土下座しないと許さない」) or when it is rhetorical (「バカじゃないの？」). Reported
 *       speech is negated by negating its reporting verb: 「『ぶっ殺すぞ』と言ったわけではない」, 「バカと言っていません」
 *       (the quotation's closing mark, the quotative and the verb stem are skipped).</li>
 *   <li><b>English</b>: a negator (not, never, don't, won't, isn't, …n't; "no" only right before) at most
 *       {@value #EN_GAP} words before the match, with only auxiliary or reporting words between ("I'm not
 *       threatening you", "I would never hit anyone", "I'm not going to hurt you"). Verbs of speech acts (ask,
 *       demand, tell, threaten, …) are such words too: negating the act negates its content ("I'm not asking to
 *       speak to a man"). "If you don't refund me I'll kill you" stays a threat: "refund" is not such a word.</li>
 *   <li><b>Refusals</b>: a discriminatory phrase is negated only by denying that it was said or meant (「女のくせに
 *       とは言っていない」, "I'm not saying…"), because refusing to deal with a group is the discrimination itself:
 *       "I'm not talking to a foreigner", "he would not be served by a woman", 「外国人には任せられない」.</li>
 *   <li><b>Unrealised acts</b> ({@link UnrealisedAct}) and <b>denied objects</b> ({@link DeniedObject}):
 *       「怒鳴りたい気持ちです」, "I nearly screamed"; 「慰謝料を請求するつもりはありません」.</li>
 *   <li><b>Stories</b> ({@link Fiction}): violence in a sentence about a novel, film or scene, addressed to no one.</li>
 * </ul>
 */
final class NegationDetector {
    static final int JA_GAP = 6;
    static final int EN_GAP = 4;

    private static final Phrases DENIALS = Phrases.of("つもりはない", "つもりはありません", "つもりはございません",
            "つもりもない", "つもりもありません", "気はない", "気はありません", "気もない", "気もありません",
            "なんて言っていない", "なんて言ってない", "なんて言っていません", "なんて言ってません", "なんて一言も",
            "なんて言わない", "なんて言いません", "なんて思ってな", "なんて思っていな", "なんて思っていません",
            "なんて思ってません", "なんて思いません", "なんて思わな", "、なんて言いません", "、なんて言わない",
            "、なんて言ってない", "、なんて言っていません", "、なんて言ってません", "なんか言っていない", "なんか言ってない", "なんか言っていません",
            "とは言っていない", "とは言ってない", "とは言っていません", "とは言ってません", "とは一言も",
            "とは言わない", "とまでは言わない", "とまでは言っていない", "とまでは言っていません",
            "などしていない", "などしていません", "なんてしていない", "なんてしていません",
            "ことはしていない", "ことはしていません", "ことはない", "ことはありません",
            "わけではない", "わけではありません", "わけじゃない", "わけじゃありません", "わけではございません",
            "のではない", "のではありません", "のではございません",
            "つもりは全然", "つもりは全く", "つもりはまったく", "つもりは一切", "つもりは毛頭", "つもりもさらさら",
            "気は全然", "気はさらさら", "ことは一度もな", "ことは一度もありません", "ことは一切な", "ことはなく",
            "ことなく", "とは思っていな", "とは思っていません", "とは思いません", "とは思ってな", "とは思わな",
            "ような真似はしな", "ような真似はしません", "ような真似は絶対にしな", "ような真似は絶対しな",
            "ような真似は決してしな", "ような真似は絶対にしません", "ようなことはしな", "ようなことはしません",
            "ようなことは絶対にしな", "ようなことは絶対にしません");
    /** Quotative and reporting-verb stem; the verb's ending follows (言っていない, 言ったわけではない). */
    private static final Phrases REPORTING = Phrases.of("と言", "とは言", "とも言", "って言", "とか言", "なんて言",
            "なんか言", "などと言", "と口に", "と怒鳴", "と叫", "と書");
    /** Standard and Kansai negative endings (殴らへん, 言わへん, 来いひん). */
    private static final Phrases AUXILIARIES = Phrases.of("ない", "ません", "なかった", "ずに", "へん", "ひん");
    /** Apologies end in ません but negate nothing: 「取り乱してすみません」, 「殴ってすみません」 admit the act. */
    private static final Phrases APOLOGIES = Phrases.of("すみません", "すいません", "済みません");
    private static final String CONTINUATIVE = "いきぎしちにびみり";
    private static final Phrases CONDITIONS = Phrases.of("と", "なら", "んなら", "のなら", "んだったら", "ら");
    private static final Phrases RHETORICAL = Phrases.of("か", "の", "?", "でしょ", "だろ", "よね", "け。", "け?", "け!",
            "けえ", "けぇ", "けー");
    /** After 「〜ないか」: the question's end or a sentence-final particle (かな, かい, かね, かしら). */
    private static final String AFTER_QUESTION_KA = "?？。!！ないねしー";
    /**
     * Auxiliaries that, asked as a question, make an invitation or a request, not a denial: 「今度ご飯に行かない？」,
     * 「LINE教えてくれない？」, 「話してもらえませんか。」. 「ないか確認して」 and 「ないから」 are not questions.
     */
    private static final Phrases QUESTIONING_AUXILIARIES = Phrases.of("ない", "ません", "へん", "ひん");

    private static final Set<String> NEGATORS = Set.of("not", "never", "don't", "dont", "won't", "wont", "cannot",
            "nobody", "neither", "nor");
    private static final Set<String> GAP_WORDS = Set.of("going", "to", "gonna", "want", "wanna", "trying", "try",
            "mean", "meant", "intend", "intended", "plan", "planning", "be", "been", "being", "ever", "even",
            "really", "actually", "just", "about", "a", "an", "the", "you", "your", "anyone", "anybody", "anything",
            "call", "called", "calling", "her", "him", "them", "me", "say", "said", "saying", "were", "was", "are", "is", "am", "do", "did",
            "have", "had",
            // speech acts: negating the act negates its content ("I'm not asking to speak to a man")
            "ask", "asking", "asked", "demand", "demanding", "demanded", "request", "requesting", "requested",
            "tell", "telling", "told", "threaten", "threatening", "threatened", "suggest", "suggesting",
            "suggested", "insist", "insisting", "need", "needed", "wish", "wished", "expect", "expecting",
            "for", "certainly", "definitely", "absolutely", "surely", "honestly", "needs", "manager", "staff",
            "someone", "somebody", "of", "intention", "intentions", "plans", "desire");
    /** "no" negates only right before the match or before an intention: "I have no intention of shouting". */
    private static final Set<String> INTENTIONS = Set.of("intention", "intentions", "plan", "plans", "desire", "wish",
            "need");
    /** Words said of a person, not acts: "I'm not paying you idiot" is still an insult. */
    private static final Set<SignalCategory> WORDS_ABOUT_A_PERSON = EnumSet.of(SignalCategory.INSULT,
            SignalCategory.SLANDER, SignalCategory.DISCRIMINATION);
    /** Words a denied act's verb may follow: "not going to leave", "never put", "won't post", "to be". */
    private static final Set<String> ACT_DENIABLE = Set.of("to", "never", "not", "gonna", "will", "would", "ever",
            "even", "really", "actually", "certainly", "definitely", "absolutely", "i'd", "i'll", "we'll", "we'd");
    private static final Set<String> DETERMINERS = Set.of("so", "and", "but", "because", "then", "if", "unless",
            "until", "or", "when", "while", "i'll", "i'd", "i'm", "i", "you'll", "we'll");
    /** What may stand between a denied act's verb and its object: "leave a one-star review". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "any", "this", "that", "such", "some");

    private static boolean articlesOnly(List<String> words) {
        return ARTICLES.containsAll(words);
    }

    /** Verbs that turn a denial into resolve: "I won't hesitate to…", "I'm not going to stop until…". */
    private static final Set<String> RESOLVE = Set.of("hesitate", "stop", "rest", "forget", "quit", "wait", "let",
            "give", "back", "think", "hold", "tolerate", "forgive", "allow", "make", "push", "force", "tempt", "dare",
            "test", "cross", "mind", "care", "doubt", "afraid", "scared");

    private static final Set<String> SPEECH_ACTS = Set.of("say", "said", "saying", "call", "called", "calling",
            "mean", "meant", "tell", "telling", "told", "suggest", "suggesting", "suggested", "ask", "asking",
            "asked", "demand", "demanding", "demanded", "request", "requesting", "requested", "insist",
            "insisting", "threaten", "threatening", "threatened");

    private NegationDetector() {
    }

    static boolean isNegated(String text, Candidate match, QuoteSpans quotes) {
        boolean refusal = match.category() == SignalCategory.DISCRIMINATION;
        boolean act = !WORDS_ABOUT_A_PERSON.contains(match.category());
        if (japaneseNegationAt(text, match.end(), refusal) || englishNegationBefore(text, match.start(), refusal, act)
                || deniedList(text, match.end())
                || UnrealisedAct.isUnrealised(text, match) || DeniedObject.isDenied(text, match.end())
                || Fiction.inStory(text, match) || Merchandise.isGoods(text, match)
                || StaffGoodwill.isGoodwill(text, match) || AskedConsent.isAsked(text, match)) {
            return true;
        }
        int verb = reportingVerbAfter(text, match, quotes);
        return verb >= 0 && japaneseNegationAt(text, verb, false);
    }

    /**
     * A negation at {@code from}, after at most {@value #JA_GAP} hiragana of verb ending; with {@code denialsOnly},
     * only an explicit denial (つもりはない, とは言っていない) counts.
     */
    private static boolean japaneseNegationAt(String text, int from, boolean denialsOnly) {
        for (int at = from; at <= from + JA_GAP && at < text.length(); at++) {
            if (DENIALS.matchAt(text, at) > 0) {
                return true;
            }
            if (APOLOGIES.matchAt(text, at) > 0) {
                return false;
            }
            int aux = denialsOnly ? 0 : AUXILIARIES.matchAt(text, at);
            if (aux > 0) {
                int next = at + aux;
                boolean conditional = CONDITIONS.matchAt(text, next) > 0;
                String gap = text.substring(from, at);
                boolean rhetorical = (gap.endsWith("じゃ") || gap.endsWith("では") || gap.endsWith("や"))
                        && (next >= text.length() || RHETORICAL.matchAt(text, next) > 0)
                        || gap.endsWith("いいじゃ") || gap.endsWith("ええじゃ"); // 「閉じ込めればいいじゃない」: a dare
                return !conditional && !rhetorical && !asksOrInvites(text, at, next);
            }
            if (!CharClasses.isHiragana(text.charAt(at)) && !isCompoundVerbKanji(text, from, at)) {
                return false;
            }
        }
        return false;
    }

    /** Words only Japanese written in Latin letters has: "no" among them is the particle の. */
    private static final Set<String> ROMAJI = Set.of("omae", "anata", "anta", "kisama", "temee", "kimi", "kara",
            "desu", "masu", "dakara", "oshiete", "kudasai", "zo", "wo", "dazo", "yaru", "yaro", "kono", "sono");

    private static boolean romaji(String text) {
        for (String word : text.split("[^a-z]+")) {
            if (ROMAJI.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** 「行かない？」, 「教えてくれませんか」: the auxiliary at {@code at} ends a question, the text's last or before 。？！. */
    private static boolean asksOrInvites(String text, int at, int next) {
        if (QUESTIONING_AUXILIARIES.matchAt(text, at) <= 0) {
            return false;
        }
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        if (c == '?' || c == '？') {
            return true;
        }
        // 「行きませんか」 at the end, 「行かないか？」, 「行かないかな」; not 「ないから」, 「ないか確認して」
        return c == 'か' && (next + 1 == text.length() || AFTER_QUESTION_KA.indexOf(text.charAt(next + 1)) >= 0);
    }

    /** How far a list of acts (〜たり、〜たりする) may run before its denial. */
    static final int LIST_SPAN = 40;
    private static final Phrases LIST_DENIALS = Phrases.of("りするつもりはない", "りするつもりはありません",
            "りするつもりもない", "りするつもりもありません", "りする気はない", "りする気はありません", "りはしない",
            "りはしません", "りもしない", "りもしません", "りなどしない", "りなどしません", "りもせえへん", "りはせえへん",
            "りもせーへん", "りもしいひん", "りもしやへん", "りはせん", "りもせん");
    /** A list joined by とか (「訴えるとか、口コミに書くとか」) is denied by a plain denial: 「そういうつもりはない」. */
    private static final Phrases TOKA_DENIALS = Phrases.of("つもりはない", "つもりはありません", "つもりは全然",
            "つもりは全く", "つもりはまったく", "つもりは一切", "つもりもない", "つもりもありません", "気はない",
            "気はありません", "気は全然", "気もない", "そういう話じゃな", "そういう話ではな", "そういうのはやめ",
            "そういうのじゃな", "そういうことじゃな", "そういうことではな", "そういうことではあり", "そういう話ではあり",
            "そういうわけではな", "そういうわけではあり", "そういうわけじゃな", "そんなことはしな", "そんなことはしません",
            "そういうことはしな", "そういうことはしません", "そんなつもりはな", "そんなつもりはありません");
    /** What an act described as 「〜ようなこと」 is denied by, later in its sentence: 「待ち伏せするようなことは、もちろん一切しません」. */
    private static final Phrases SUCH_ACT = Phrases.of("ようなこと", "ような真似", "ようなまね", "なんてこと");
    private static final Phrases SUCH_DENIALS = Phrases.of("しません", "しない", "しねえ", "しねー", "いたしません",
            "せえへん", "しいひん", "しやしない", "するわけがな", "するわけありません");

    /**
     * A list of acts joined by 〜たり／〜だり (or 〜とか) and denied at its end: 「SNSに書き込んだり、口コミで騒いだり
     * するつもりはありません」, 「訴えるとか、口コミに書くとか、そういうつもりは全然ないです」 deny every act of the list;
     * so does an act called 「〜ようなこと」 and refused later in the sentence (「待ち伏せするようなことは、もちろん一切
     * しません」). The match's verb ending must reach たり／だり／とか／ようなこと within {@value #JA_GAP} characters, and the denial must come
     * in the same sentence within {@value #LIST_SPAN}.
     */
    private static boolean deniedList(String text, int from) {
        int tari = -1;
        Phrases denials = LIST_DENIALS;
        for (int at = from; at <= from + JA_GAP && at + 1 < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == 'た' || c == 'だ') && text.charAt(at + 1) == 'り') {
                tari = at;
                break;
            }
            if (c == 'と' && text.charAt(at + 1) == 'か') {
                tari = at;
                denials = TOKA_DENIALS;
                break;
            }
            if (SUCH_ACT.matchAt(text, at) > 0) {
                tari = at;
                denials = SUCH_DENIALS;
                break;
            }
            if (!CharClasses.isHiragana(c) && !isCompoundVerbKanji(text, from, at)) {
                return false;
            }
        }
        if (tari < 0) {
            return false;
        }
        for (int at = tari + 1; at < Math.min(text.length(), tari + LIST_SPAN); at++) {
            char c = text.charAt(at);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
            if (denials.matchAt(text, at) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kanji of the second verb of a compound right after a stem term: 込 in 「SNSに書|き込むつもりはない」,
     * 付 in 「殴り付ける」 — one kanji after a continuative ending (き, し, り…), so that the negation of the whole
     * verb is read; a kanji anywhere else ends the verb (「殴った客は帰らない」 is no negation of 殴った).
     */
    private static boolean isCompoundVerbKanji(String text, int from, int at) {
        return at > from && CharClasses.isKanji(text.charAt(at)) && CONTINUATIVE.indexOf(text.charAt(at - 1)) >= 0
                && text.substring(from, at).chars().noneMatch(c -> CharClasses.isKanji((char) c));
    }

    /**
     * Where the ending of a reporting verb starts when the match is the content of reported speech: after the
     * closing mark of its quotation, if any, and at most {@value #JA_GAP} hiragana, 「と言」 or a similar quotative
     * and verb stem (「『ぶっ殺すぞ』と言ったわけではない」, 「バカと言っていません」, 「死ねって言ってない」).
     *
     * @return the position right after the verb stem, or -1 when no reporting verb follows
     */
    private static int reportingVerbAfter(String text, Candidate match, QuoteSpans quotes) {
        int[] quote = quotes.innermost(match.start(), match.end());
        int from = quote != null ? quote[1] + 1 : match.end();
        for (int at = from; at <= from + JA_GAP && at < text.length(); at++) {
            int verb = REPORTING.matchAt(text, at);
            if (verb > 0) {
                return at + verb;
            }
            int particle = TOPIC_QUOTATIVES.matchAt(text, at);
            if (particle > 0) {
                return thinkingOrSayingAfter(text, at + particle);
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                return -1;
            }
        }
        return -1;
    }

    /** A negation negated: 「思わないわけがない」, 「言わないはずがない」. */
    private static final Phrases DOUBLE_NEGATIVES = Phrases.of("わけがない", "わけない", "はずがない", "はずない",
            "わけがありません", "はずがありません");

    /** 「なんて」 and 「とか」 set the words before them apart as what is (not) said or meant. */
    private static final Phrases TOPIC_QUOTATIVES = Phrases.of("なんて", "とか");
    /** How far a phrase may stand between 「なんて」 and the verb: 「なんて、私は一度も言っていません」. */
    static final int INSERTED_PHRASE = 12;

    /**
     * The verb of saying or meaning (言う, 思う) after 「なんて」 or 「とか」, across a short inserted phrase in the same
     * sentence: 「辞めさせろなんて、私は一度も言っていません」, 「死ねとか思ってないし」.
     *
     * @return the position right after the verb's stem, or -1
     */
    private static int thinkingOrSayingAfter(String text, int from) {
        for (int at = from; at < from + INSERTED_PHRASE && at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '言' || c == '思') {
                // the verb itself, not 「思いもしない方法」「思いもよらない目」 describing what comes next, and not a
                // double negative 「思わないわけがない」
                boolean predicate = !text.startsWith("いも", at + 1) && !text.startsWith("いよう", at + 1);
                boolean doubled = DOUBLE_NEGATIVES.find(text, at + 1, at + 1 + INSERTED_PHRASE, true) >= 0;
                return predicate && !doubled ? at + 1 : -1;
            }
            if (CharClasses.isSentenceEnd(c) || CharClasses.isQuote(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A negator shortly before the match. With {@code speechActOnly}, only the negation of saying or meaning counts
     * ("I'm not saying women can't…"): a refusal to deal with a group ("I'm not talking to a foreigner", "he would not
     * be served by a woman") is itself the discrimination, not its negation.
     */
    private static boolean englishNegationBefore(String text, int start, boolean speechActOnly, boolean verbAllowed) {
        int from = start;
        while (from > 0 && (text.charAt(from - 1) == ' ' || CharClasses.isQuote(text.charAt(from - 1)))) {
            from--; // "I'm not going to "burn the place down"": the quotation marks are transparent
        }
        List<String> words = EnglishWords.before(text, from, EN_GAP + 2, true);
        boolean speechAct = false;
        int verbs = 0;
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            boolean no = word.equals("no") && (k == 0 || INTENTIONS.contains(words.get(k - 1)))
                    && !romaji(text); // 「omae no kao oboeta」: the particle の, not a negator
            if (NEGATORS.contains(word) || word.endsWith("n't") || no) {
                return !speechActOnly || speechAct;
            }
            speechAct |= SPEECH_ACTS.contains(word);
            if (word.equals("know") && k + 1 < words.size() && (NEGATORS.contains(words.get(k + 1))
                    || words.get(k + 1).endsWith("n't"))) {
                return false; // "you never know who'll be waiting for him": not knowing what comes is no denial of it
            }
            if (!GAP_WORDS.contains(word)) {
                // one verb of the denied act may stand between: "I'm not going to leave a one-star review", "I would
                // never put your name online"; not for an insult ("I'm not paying you idiot"), not after a verb that
                // turns the denial into resolve ("I won't hesitate to kill you")
                if (!verbAllowed || verbs++ > 0 || k + 1 >= words.size() || !articlesOnly(words.subList(0, k)) || DETERMINERS.contains(word) || RESOLVE.contains(word)
                        || !ACT_DENIABLE.contains(words.get(k + 1)) && !NEGATORS.contains(words.get(k + 1))
                        && !words.get(k + 1).endsWith("n't")) {
                    return false;
                }
            }
        }
        return false;
    }}
