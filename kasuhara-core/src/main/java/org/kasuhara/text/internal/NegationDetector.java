package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;

/**
 * v1 negation heuristic. Deliberately simple and local, so that a later morphological analysis can replace it
 * behind the same call.
 *
 * <ul>
 *   <li><b>Japanese</b>: a negation right after the match, after at most {@value #JA_GAP} hiragana of verb ending
 *       (「暴力をふるうつもりはない」, 「殴っていません」, 「バカなんて言っていない」). Explicit denials
 *       (つもりはない, なんて言っていない…) always count; a bare auxiliary (ない, ません…) does not count when a
 *       condition follows (「土下座しないと許さない」) or when it is rhetorical (「バカじゃないの？」).</li>
 *   <li><b>English</b>: a negator (not, never, don't, won't, isn't, …n't; "no" only right before) at most
 *       {@value #EN_GAP} words before the match, with only auxiliary or reporting words between ("I'm not
 *       threatening you", "I would never hit anyone", "I'm not going to hurt you"). "If you don't refund me I'll
 *       kill you" stays a threat: "refund" is not such a word.</li>
 * </ul>
 */
final class NegationDetector {
    static final int JA_GAP = 6;
    static final int EN_GAP = 4;

    private static final Phrases DENIALS = Phrases.of("つもりはない", "つもりはありません", "つもりはございません",
            "つもりもない", "つもりもありません", "気はない", "気はありません", "気もない", "気もありません",
            "なんて言っていない", "なんて言ってない", "なんて言っていません", "なんて言ってません", "なんて一言も",
            "なんて言わない", "なんか言っていない", "なんか言ってない", "なんか言っていません",
            "とは言っていない", "とは言ってない", "とは言っていません", "とは言ってません", "とは一言も",
            "とは言わない", "とまでは言わない", "とまでは言っていない", "とまでは言っていません",
            "などしていない", "などしていません", "なんてしていない", "なんてしていません",
            "ことはしていない", "ことはしていません", "ことはない", "ことはありません",
            "わけではない", "わけではありません", "わけじゃない");
    private static final Phrases AUXILIARIES = Phrases.of("ない", "ません", "なかった", "ずに");
    private static final Phrases CONDITIONS = Phrases.of("と", "なら", "んなら", "のなら", "んだったら");
    private static final Phrases RHETORICAL = Phrases.of("か", "の", "?", "でしょ", "だろ", "よね");

    private static final Set<String> NEGATORS = Set.of("not", "never", "don't", "dont", "won't", "wont", "cannot",
            "nobody", "neither", "nor");
    private static final Set<String> GAP_WORDS = Set.of("going", "to", "gonna", "want", "wanna", "trying", "try",
            "mean", "meant", "intend", "intended", "plan", "planning", "be", "been", "being", "ever", "even",
            "really", "actually", "just", "about", "a", "an", "the", "you", "your", "anyone", "anybody", "anything",
            "call", "called", "calling", "say", "said", "saying", "were", "was", "are", "is", "am", "do", "did",
            "have", "had");

    private NegationDetector() {
    }

    static boolean isNegated(String text, Candidate match) {
        return japaneseNegationAfter(text, match.end()) || englishNegationBefore(text, match.start());
    }

    private static boolean japaneseNegationAfter(String text, int end) {
        for (int at = end; at <= end + JA_GAP && at < text.length(); at++) {
            if (DENIALS.matchAt(text, at) > 0) {
                return true;
            }
            int aux = AUXILIARIES.matchAt(text, at);
            if (aux > 0) {
                int next = at + aux;
                boolean conditional = CONDITIONS.matchAt(text, next) > 0;
                String gap = text.substring(end, at);
                boolean rhetorical = (gap.endsWith("じゃ") || gap.endsWith("では"))
                        && (next >= text.length() || RHETORICAL.matchAt(text, next) > 0);
                return !conditional && !rhetorical;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    private static boolean englishNegationBefore(String text, int start) {
        List<String> words = EnglishWords.before(text, start, EN_GAP + 1, true);
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (NEGATORS.contains(word) || word.endsWith("n't") || (k == 0 && word.equals("no"))) {
                return true;
            }
            if (!GAP_WORDS.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
