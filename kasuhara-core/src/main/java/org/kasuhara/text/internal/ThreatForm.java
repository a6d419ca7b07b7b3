// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * Re-reads a violence term as a threat to the body when the grammar says that nothing has happened yet, only been
 * threatened (police, TOKYO-2025-MANUAL p.39):
 * <ul>
 *   <li>Japanese: a passive followed by 「たい」 asks the worker whether they <em>want</em> to be hit —
 *       「殴られたいのか」, 「蹴られたいか」, 「突き飛ばされたいのか」, 「殴られたくなかったら金を返せ」. The passive
 *       must end right before the marker, after at most {@value #GAP} kana of verb ending, so
 *       「殴られた。帰りたいのか聞かれた」 stays violence.</li>
 *   <li>English: the act is the object of "threatened to" ("the customer threatened to hit the clerk").</li>
 * </ul>
 */
final class ThreatForm {
    static final int GAP = 3;

    private static final Phrases DESIRE = Phrases.of("たいの", "たいん", "たいか", "たくなかったら", "たくなければ",
            "たくないなら", "てえの", "てぇの", "てえか", "てぇか");
    private static final Set<String> THREATEN = Set.of("threaten", "threatens", "threatened", "threatening");

    private ThreatForm() {
    }

    static Candidate reread(String text, Candidate match) {
        if (match.category() != SignalCategory.VIOLENCE) {
            return match;
        }
        return japaneseDesireAfter(text, match) || englishThreatenedTo(text, match.start())
                ? match.as(SignalCategory.THREAT_TO_LIFE) : match;
    }

    private static boolean japaneseDesireAfter(String text, Candidate match) {
        int at = match.end();
        for (int gap = 0; gap <= GAP && at <= text.length(); gap++, at++) {
            boolean passive = at > match.start() && text.charAt(at - 1) == 'れ';
            if (passive && DESIRE.matchAt(text, at) > 0) {
                return true;
            }
            if (at >= text.length() || !CharClasses.isHiragana(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    private static boolean englishThreatenedTo(String text, int start) {
        List<String> before = EnglishWords.before(text, start, 2, true);
        return before.size() == 2 && before.get(0).equals("to") && THREATEN.contains(before.get(1));
    }
}
