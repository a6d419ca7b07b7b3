// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kasuhara.text.Attribution;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;

/**
 * v1 quotation heuristic: decides whether a match in a text is the customer's own conduct or something the customer
 * reports having received. Local and rule-based so that a later issue can replace it behind the same call.
 *
 * <ul>
 *   <li>{@link Speaker#STAFF_NARRATIVE}: everything is the customer's conduct, quotes included — a narrative
 *       「客が『殺すぞ』と叫んだ」 is evidence — except words a member of staff said to the customer, as the customer
 *       reported them: 「担当オペレーターから『バカなんですか』と言われたとの申し出」 (see {@link StaffAgent}), and words
 *       another person said (「別の客が『…』と怒鳴った」, see {@link OtherParty}).</li>
 *   <li>{@link Speaker#CUSTOMER}, quoted: a match inside 「」『』“”"" whose quotation is followed by a receiving
 *       marker (と言われ, と怒鳴られ, と言ってきた; "he said", "she told me") or, in English, preceded by one
 *       ("the clerk told me, "…"") is {@link Attribution#QUOTED_BY_CUSTOMER}.</li>
 *   <li>{@link Speaker#CUSTOMER}, passive receipt without quotes: a Japanese match followed within
 *       {@value #JA_WINDOW} characters of its clause by a passive or 「〜てきた」 (「バカと言われました」,
 *       「店員に怒鳴られた」, 「殴ってきた」), unless it is a threat (「殺されたいのか」); an English match after
 *       "called me", "told me", or "I was" before a past participle ("the clerk called me an idiot", "I was
 *       shoved"); and an English act (violence, tone, filming, sexual) aimed at "me/my/us" ("the clerk yelled at
 *       me").</li>
 *   <li>{@link Speaker#CUSTOMER}, someone else's act: a narrated act (violence, tone, filming, sexual, refusing to
 *       leave) whose subject is a third person (「店員が怒鳴った」, "the driver slammed the door"), see {@link ThirdPartyActor}.</li>
 *   <li>{@link Speaker#CUSTOMER}, someone else's words: an insult, threat, intimidation or discriminatory remark
 *       reported with a third-person subject and a reporting verb (「店員が私にバカと言いました」, "the clerk called
 *       the customer an idiot"), see {@link ThirdPartyActor}.</li>
 * </ul>
 * Everything else the customer wrote is {@link Attribution#CUSTOMER}.
 */
final class AttributionDetector {
    static final int JA_WINDOW = 8;
    static final int JA_QUOTE_WINDOW = 12;
    /** What may stand between listed quotations (「死ね」「殺す」, 「死ね」、「殺す」, 「死ね」や「殺す」). */
    private static final String LIST_JOINERS = "、,・やとか ";
    static final int MAX_LISTED_QUOTE = 60;
    /** Words before an English quotation searched for its reporter: "The manager replied by e-mail (copied below):". */
    static final int EN_REPORTER_WINDOW = 8;

    private static final Phrases JA_RECEIPT = Phrases.of("言われ", "いわれ", "怒鳴られ", "罵られ", "叫ばれ", "書かれ",
            "言ってき", "言ってく", "言い放たれ", "脅され", "呼ばわり", "扱いされ", "られ", "され", "てきた", "てきて",
            "てきま", "てくる", "て来", "呼ばれ", "が来", "が届", "に届き", "に届い");
    /** Hearsay after a quotation: the customer passes on words someone else said (「…と言っていたそうです」). */
    private static final Phrases JA_HEARSAY = Phrases.of("そうです", "そうだ", "らしい", "と聞き", "と聞い", "とのこと",
            "との情報", "との連絡", "との話", "のを聞き", "のを聞い", "と言ったのは", "と言っていたのは", "と言ってたのは",
            // Kyoto's honorific 言わはった is said of someone else: 「『…』て言わはったんは窓口の方どす」
            "言わはった",
            // 「…」と怒鳴っていた人がいて: the words of a person the customer saw, not the customer's (past only:
            // 「『死ね』って思ってる人」 may be the customer's own insult)
            "ていた人", "ていた客", "ていたお客", "ていた男", "ていた女", "ていた方");
    static final int JA_HEARSAY_WINDOW = 16;
    private static final Phrases JA_THREAT_AFTER_PASSIVE = Phrases.of("たい", "たく");
    private static final List<String> EN_RECEIPT = List.of(" called me ", " calling me ", " call me ", " told me ",
            " said to me ", " at me ", " messaging me ", " messaged me ", " texting me ", " texted me ",
            " sent me ", " dming me ", " dm'd me ", " emailing me ", " emailed me ", " writing to me ", " wrote to me ",
            " been called ", " was called ", " were called ");
    /** Only before a past participle: "I was punched" is received, "I was yelling" is not. */
    private static final List<String> EN_PASSIVE = List.of(" i was ", " i got ", " i've been ", " i have been ");
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "saying", "told", "tells", "telling",
            "called", "calls", "yelled", "yelling", "shouted", "shouting", "screamed", "screaming", "wrote", "replied",
            "asked", "snapped", "barked", "muttered", "threatened", "threatening", "tell", "say", "yell", "shout",
            "scream", "reported", "heard", "hearing", "posted", "posting", "commented", "tweeted");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> ME = Set.of("me", "my", "us", "our", "myself");
    private static final Set<String> IRREGULAR_PAST = Set.of("hit", "spat", "threw", "struck", "bit", "shot",
            "shook", "caught", "took");
    private static final Set<SignalCategory> CONDUCT = EnumSet.of(SignalCategory.VIOLENCE, SignalCategory.TONE,
            SignalCategory.FILMING, SignalCategory.SEXUAL, SignalCategory.REFUSAL_TO_LEAVE);
    private static final Set<SignalCategory> SPEECH = EnumSet.of(SignalCategory.INSULT, SignalCategory.SLANDER,
            SignalCategory.SNS_THREAT, SignalCategory.STAFF_TARGETING, SignalCategory.KNEELING,
            SignalCategory.THREAT_TO_LIFE, SignalCategory.INTIMIDATION, SignalCategory.DISCRIMINATION);

    private AttributionDetector() {
    }

    static Attribution attribute(String text, Speaker speaker, Candidate match, QuoteSpans quotes) {
        int[] quote = quotes.innermost(match.start(), match.end());
        if (speaker == Speaker.STAFF_NARRATIVE) {
            // a quotation inside the customer's quoted words, with a verb reporting it, is what they pass on:
            // 「待合室で男性が『殺すぞ』と言っていました」とのこと
            boolean passedOn = quote != null && quotes.isNested(quote) && ThirdPartyActor.reportedAfterQuote(text, quote);
            boolean other = quote != null ? passedOn || isMention(text, quote) || StaffAgent.spokeQuote(text, quote)
                    || OtherParty.spokeQuote(text, quote)
                    : CONDUCT.contains(match.category()) && OtherParty.acts(text, match.start());
            return other ? Attribution.QUOTED_BY_CUSTOMER : Attribution.CUSTOMER;
        }
        boolean received = (quote != null && (quoteIsReported(text, quote) || isMention(text, quote)))
                || japaneseReceiptAfter(text, Math.max(match.start(), match.end() - 2), match.end() + JA_WINDOW, true)
                || unbracketedQuoteReceived(text, match.end())
                || englishReceipt(text, match)
                || (CONDUCT.contains(match.category()) && (ThirdPartyActor.actsInNarration(text, match.start())
                        || ThirdPartyActor.actorAfter(text, match.end())))
                || (SPEECH.contains(match.category()) && ThirdPartyActor.speaksInNarration(text, match, quote));
        return received ? Attribution.QUOTED_BY_CUSTOMER : Attribution.CUSTOMER;
    }

    /**
     * Words named, not said: a quotation that a work's words follow (「『お前を殺す』という台詞の場面で止まる」, 「『死ね』と
     * いう歌詞」) is a line of a game, a film or a song the complaint is about.
     */
    private static boolean isMention(String text, int[] quote) {
        int at = quote[1] + 1;
        int said = MENTION_LINK.matchAt(text, at);
        return said > 0 && MENTIONED.matchAt(text, at + said) > 0;
    }

    private static final Phrases MENTION_LINK = Phrases.of("という", "っていう");
    /**
     * Only the words of a work (a game, a film, a song): 「『殺すぞ』との文言のメール」 or 「『店長は無能』という張り紙を
     * 貼った」 is someone writing them, and stays their words.
     */
    private static final Phrases MENTIONED = Phrases.of("台詞", "セリフ", "せりふ", "歌詞", "タイトル", "題名", "曲名",
            "場面", "シーン", "字幕");

    /** A verb of receipt (言われた) after the list of quotations that starts with the one closing at {@code close}. */
    static boolean receivedAfterList(String text, int close) {
        int afterClose = afterQuoteList(text, close + 1);
        return japaneseReceiptAfter(text, afterClose, afterClose + JA_QUOTE_WINDOW, false);
    }

    private static boolean quoteIsReported(String text, int[] quote) {
        int afterClose = afterQuoteList(text, quote[1] + 1);
        return receivedAfterList(text, quote[1])
                || JA_HEARSAY.find(text, afterClose, Math.min(text.length(), afterClose + JA_HEARSAY_WINDOW), false) >= 0
                || hasThirdPersonReporter(EnglishWords.after(text, afterClose, 5, false), false)
                || hasThirdPersonReporter(EnglishWords.before(text, quote[0], EN_REPORTER_WINDOW, false), true)
                || containsReceipt(EnglishWords.before(text, quote[0], 4, false), EN_RECEIPT);
    }

    /**
     * Past a list of quotations that share one reporting verb: 「『死ね』『殺す』ってチャットが来ます」 — the receipt
     * after the last one reports them all.
     */
    static int afterQuoteList(String text, int afterClose) {
        int at = afterClose;
        while (at < text.length()) {
            int next = at;
            while (next < text.length() && LIST_JOINERS.indexOf(text.charAt(next)) >= 0 && next - at < 2) {
                next++;
            }
            char open = next < text.length() ? text.charAt(next) : 0;
            int close = open == '「' ? text.indexOf('」', next) : open == '『' ? text.indexOf('』', next) : -1;
            if (close < 0 || close - next > MAX_LISTED_QUOTE) {
                return at;
            }
            at = close + 1;
        }
        return at;
    }

    /**
     * The opening mark of the first of a list of quotations that ends with the one opened at {@code open}:
     * 「『道も分からん客は』『田舎者が』と言われた」 — the agent before the first names who said them all.
     */
    static int quoteListStart(String text, int open) {
        int at = open;
        while (at > 0) {
            int before = at - 1;
            while (before >= 0 && LIST_JOINERS.indexOf(text.charAt(before)) >= 0 && at - 1 - before < 2) {
                before--;
            }
            char close = before >= 0 ? text.charAt(before) : 0;
            int opening = close == '」' ? text.lastIndexOf('「', before) : close == '』' ? text.lastIndexOf('『', before) : -1;
            if (opening < 0 || before - opening > MAX_LISTED_QUOTE) {
                return at;
            }
            at = opening;
        }
        return at;
    }

    /** How far after a match the end of an unbracketed quotation is looked for. */
    static final int JA_UNBRACKETED_WINDOW = 14;
    private static final String FINAL_PARTICLES = "かよねぞわな";

    /**
     * Words quoted without brackets and received: a sentence-final particle, a comma and と with a receiving verb
     * (「このままではどうなるか分かっていますか、と言われて不安です」).
     */
    private static boolean unbracketedQuoteReceived(String text, int from) {
        int limit = Math.min(text.length() - 2, from + JA_UNBRACKETED_WINDOW);
        for (int at = from; at < limit; at++) {
            char c = text.charAt(at);
            if (CharClasses.isSentenceEnd(c) || CharClasses.isQuote(c)) {
                return false;
            }
            if ((c == '、' || c == ',') && at > from && FINAL_PARTICLES.indexOf(text.charAt(at - 1)) >= 0
                    && text.charAt(at + 1) == 'と' && japaneseReceiptAfter(text, at + 2, at + 2 + JA_WINDOW, true)) {
                return true;
            }
        }
        return false;
    }

    static boolean japaneseReceiptAfter(String text, int from, int to, boolean clauseBounded) {
        int at = JA_RECEIPT.find(text, from, to, clauseBounded);
        while (at >= 0) {
            int next = at + JA_RECEIPT.matchAt(text, at);
            if (JA_THREAT_AFTER_PASSIVE.matchAt(text, next) < 0) {
                return true; // 「殺されたいのか」 is a threat, not something received
            }
            at = JA_RECEIPT.find(text, next, to, clauseBounded);
        }
        return false;
    }

    /** A reporting verb whose subject is not "I"/"we": "he said", "said the clerk", "the clerk told me". */
    private static boolean hasThirdPersonReporter(List<String> words, boolean nearestFirst) {
        for (int k = 0; k < words.size(); k++) {
            if (REPORTING_VERBS.contains(words.get(k))) {
                int subject = nearestFirst ? k + 1 : k - 1;
                if (subject < 0 || subject >= words.size()) {
                    subject = nearestFirst ? k - 1 : k + 1;
                }
                if (subject >= 0 && subject < words.size() && !FIRST_PERSON.contains(words.get(subject))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean englishReceipt(String text, Candidate match) {
        List<String> before = EnglishWords.before(text, match.start(), 4, true);
        String matched = text.substring(match.start(), match.end());
        if (containsReceipt(before, EN_RECEIPT) || (isPastTense(lastWord(matched)) && containsReceipt(before, EN_PASSIVE))) {
            return true;
        }
        if (!CONDUCT.contains(match.category())) {
            return false;
        }
        return endsWithPastTenseOnMe(matched) || EnglishWords.after(text, match.end(), 3, true).stream().anyMatch(ME::contains);
    }

    /** "hit me", "grabbed me": a narrated act on the writer. "go out with me" is a request, not a narration. */
    private static boolean endsWithPastTenseOnMe(String matched) {
        if (!matched.endsWith(" me")) {
            return false;
        }
        return isPastTense(lastWord(matched.substring(0, matched.length() - 3)));
    }

    private static boolean isPastTense(String word) {
        return word.endsWith("ed") || IRREGULAR_PAST.contains(word);
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    private static boolean containsReceipt(List<String> nearestFirst, List<String> markers) {
        if (nearestFirst.isEmpty()) {
            return false;
        }
        List<String> reading = new ArrayList<>(nearestFirst);
        Collections.reverse(reading);
        String joined = " " + String.join(" ", reading) + " ";
        return markers.stream().anyMatch(joined::contains);
    }
}
