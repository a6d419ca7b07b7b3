// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import org.kasuhara.text.SignalCategory;

/**
 * A threat verb in the passive voice is the victim's voice, not a threat: 「ラスボスに殺される直前で落ちる」,
 * 「殺されるかと思った」, 「もう十回は殺されかけてる」 tell of being killed (in a game, in fear), and nobody threatens by
 * saying them. The passive stays a threat where it is aimed at the listener: wished on them (殺されたいのか), put as
 * a consequence (刺されても知らんぞ, 殺されるかもよ) or as a warning ending the sentence (殺されるぞ, 殺されるよ).
 */
final class PassiveVoice {
    /** At most this many hiragana of ending between the passive and a threatening tail. */
    static final int TAIL = 6;

    private static final Phrases THREATENING_TAIL = Phrases.of("たい", "たく", "ても", "かも", "ぞ", "ぜ", "よ", "で", "わよ",
            "んじゃね", "んじゃない");

    private PassiveVoice() {
    }

    /** Whether a threat-to-life match is a verb in the passive voice that threatens no one. */
    static boolean isVictims(String text, Candidate match) {
        if (match.category() != SignalCategory.THREAT_TO_LIFE) {
            return false;
        }
        int at = match.end();
        if (text.startsWith("られ", at)) {
            at += 2;
        } else if (text.startsWith("れ", at)) {
            at += 1;
        } else {
            return false;
        }
        for (int end = at + TAIL; at < text.length() && at < end; at++) {
            if (THREATENING_TAIL.matchAt(text, at) > 0) {
                return false;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                break;
            }
        }
        return true;
    }
}
