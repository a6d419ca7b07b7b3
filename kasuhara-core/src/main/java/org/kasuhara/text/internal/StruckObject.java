// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;

/**
 * A blow struck on a thing, not a person: 「受付台を一度平手で叩いた」, 「自動改札の扉を二回蹴った」, "slapped the counter".
 * Striking furniture is banging the table (MHLW-2022 §B-1, intimidation), which the lexicons' furniture
 * constructions ({@code 机|カウンター…叩|蹴}, {@code slammed|kicked…the counter}) already report as a manner of
 * speaking; a violence term that starts inside such a match (「蹴った」 over 「扉を二回蹴」) is then not read as an attack
 * on someone. It stays violence when
 * the verb's object is not the furniture the construction names: 「机の前で店員を叩いた」 (the last を before the verb
 * follows 店員), "kicked the clerk and the counter" (the verb does not open the construction). Breaking the thing
 * stays violence (「アクリル板を拳で叩き割った」, "smashed the glass": damage to property).
 */
final class StruckObject {
    /** Words of a blow that breaks what it strikes. */
    private static final List<String> BREAKING = List.of("割", "壊", "破", "smash", "shatter", "broke", "break");

    private StruckObject() {
    }

    /**
     * @param text     the normalised text
     * @param selected the matches worth reporting ({@link MatchSelector}), by start
     * @return the same matches without the violence terms that strike a thing
     */
    static List<Candidate> withoutBlowsOnThings(String text, List<Candidate> selected) {
        List<Candidate> kept = null;
        for (int i = 0; i < selected.size(); i++) {
            Candidate c = selected.get(i);
            boolean struckThing = c.category() == SignalCategory.VIOLENCE && !c.entry().construction()
                    && !breaks(c.entry().term()) && strikesAThing(text, c, selected);
            if (struckThing && kept == null) {
                kept = new ArrayList<>(selected.subList(0, i));
            } else if (!struckThing && kept != null) {
                kept.add(c);
            }
        }
        return kept == null ? selected : kept;
    }

    private static boolean breaks(String term) {
        for (String word : BREAKING) {
            if (term.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean strikesAThing(String text, Candidate blow, List<Candidate> selected) {
        for (Candidate c : selected) {
            if (c.category() == SignalCategory.TONE && c.entry().construction() && c.start() <= blow.start()
                    && blow.start() < c.end() && objectIsTheThing(text, c, blow)) {
                return true;
            }
        }
        return false;
    }

    private static boolean objectIsTheThing(String text, Candidate thing, Candidate blow) {
        if (LexiconEntry.ENGLISH.equals(thing.entry().language())) {
            return thing.start() == blow.start(); // the verb opens "slapped…the counter"
        }
        int particle = text.lastIndexOf('を', blow.start() - 1);
        if (particle < thing.start()) {
            return false;
        }
        for (int at = particle + 1; at < blow.start(); at++) {
            if (CharClasses.isClauseEnd(text.charAt(at))) {
                return false;
            }
        }
        // worked out only here, for a blow inside a furniture construction (rare): no cache to outlive a rule set
        for (String word : things(thing.entry())) {
            int from = particle - word.length();
            if (!word.isEmpty() && from >= thing.start() && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> things(LexiconEntry entry) {
        return Construction.alternatives(Construction.parts(entry.term())[0]).stream()
                .map(TextNormalizer::normalizeTerm).toList();
    }
}
