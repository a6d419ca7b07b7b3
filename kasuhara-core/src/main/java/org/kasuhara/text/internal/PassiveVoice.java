// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;

/**
 * A threat verb in the passive voice is the victim's voice, not a threat: 「ラスボスに殺される直前で落ちる」,
 * 「殺されるかと思った」, 「もう十回は殺されかけてる」 tell of being killed (in a game, in fear), and nobody threatens by
 * saying them. The passive stays a threat where it is aimed at the listener: wished on them (殺されたいのか), put as
 * a consequence (刺されても知らんぞ, 殺されるかもよ) or as a warning ending the sentence (殺されるぞ, 殺されるよ). Read in
 * what a customer writes or says only (their text, or their lines of a transcript): elsewhere in a staff note the
 * passive tells what the customer did to staff (「駅まで後をつけられた」), which is evidence.
 */
final class PassiveVoice {
    /** At most this many hiragana of ending between the passive and a threatening tail. */
    static final int TAIL = 6;

    /** Endings that aim the passive at the listener, anywhere in the verb's ending. */
    private static final Phrases THREATENING_TAIL = Phrases.of("たい", "たく", "てえ", "てぇ", "ても", "たって", "かも",
            "からな", "当然", "ばいい", "たら", "ろ");
    /** Sentence-final particles of a warning, at the end of the ending only (殺されるぞ, 殺されるよ). */
    private static final String WARNING_END = "ぞぜよ";
    /** Kansai warnings after the plain form only (殺されるで, 殺されるわ; not 殺されそうで怖かった). */
    private static final String WARNING_AFTER_RU = "でわ";
    /** The a-row kana a godan verb's passive stands on (殺さ・れ, いてまわ・れ). */
    private static final String A_ROW = "さかがたなまばわらやあ";

    private PassiveVoice() {
    }

    /** A transcript line's label that makes the line the customer's words (顧客：…, Customer: …). */
    private static final java.util.Set<String> CUSTOMER_LABELS = java.util.Set.of("顧客", "客", "お客", "お客様",
            "お客さま", "お客さん", "利用者", "customer", "caller", "guest", "client");

    /**
     * Whether a threat-to-life match is a verb in the passive voice that threatens no one: in a customer's own text,
     * or on a customer's line of a transcript a staff member wrote down.
     */
    static boolean isVictims(String text, Candidate match, Speaker speaker) {
        if (match.category() != SignalCategory.THREAT_TO_LIFE
                || speaker != Speaker.CUSTOMER && !onCustomersLine(text, match.start())) {
            return false;
        }
        int at = match.end();
        if (text.startsWith("られ", at)) {
            at += 2;
        } else if (text.startsWith("れ", at) && at > 0 && A_ROW.indexOf(text.charAt(at - 1)) >= 0) {
            at += 1;
        } else {
            return false;
        }
        if (at < text.length() && text.charAt(at) == 'ば') {
            return false; // 〜ければ, 〜れば: a condition, not the passive
        }
        int end = at;
        while (end < text.length() && end < at + TAIL && CharClasses.isHiragana(text.charAt(end))) {
            end++;
        }
        if (THREATENING_TAIL.occursIn(text, at, end)) {
            return false;
        }
        boolean endsEnding = end == text.length() || !CharClasses.isHiragana(text.charAt(end));
        if (endsEnding && end > at && (WARNING_END.indexOf(text.charAt(end - 1)) >= 0
                || end - 2 >= at && text.charAt(end - 2) == 'る' && WARNING_AFTER_RU.indexOf(text.charAt(end - 1)) >= 0)) {
            return false;
        }
        return true;
    }

    private static boolean onCustomersLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int label = CharClasses.speakerLabelEnd(text, lineStart);
        return label > lineStart && label < at
                && CUSTOMER_LABELS.contains(text.substring(lineStart, label).strip().toLowerCase(java.util.Locale.ROOT));
    }
}
