// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;

/** Exclusions, containment and overlaps of raw matches. */
class MatchSelectorTest {
    private static LexiconEntry entry(String term, boolean exclusion, String reading) {
        return new LexiconEntry(term, SignalCategory.INSULT, "ja", term, "test", "code", 0, exclusion, reading);
    }

    @Test
    void aPlainMatchWinsOverTheSameSpanStillToBeConfirmedAsAWord() {
        Candidate reading = new Candidate(entry("馬鹿", false, "ばか"), 2, 4).toConfirmAsWord();
        Candidate plain = new Candidate(entry("バカ", false, ""), 2, 4);
        assertThat(MatchSelector.select(List.of(reading, plain))).containsExactly(plain);
    }

    @Test
    void aMatchInsideAnExclusionOfItsCategoryIsDropped() {
        Candidate reading = new Candidate(entry("馬鹿", false, "ばか"), 2, 4).toConfirmAsWord();
        Candidate exclusion = new Candidate(entry("ばかり", true, ""), 2, 5);
        assertThat(MatchSelector.select(List.of(reading, exclusion))).isEmpty();
    }
}
