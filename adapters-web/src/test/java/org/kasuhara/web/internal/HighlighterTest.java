// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Severity;

class HighlighterTest {
    private static Finding at(int contact, int start, int end) {
        return new Finding("KH-T-" + start, Behaviour.INTIMIDATION, Severity.HIGH, "e", "MHLW-2022",
                new Finding.Span(contact, start, end));
    }

    @Test
    void findingsAreMarkedAndEverythingAroundThemIsEscaped() {
        String text = "<b>殺すぞ</b> & more";
        String html = Highlighter.highlight(text, 0, List.of(at(0, 3, 6)));
        assertThat(html).isEqualTo("&lt;b&gt;<mark title=\"KH-T-3 INTIMIDATION\">殺すぞ</mark>&lt;/b&gt; &amp; more");
    }

    @Test
    void overlappingSpansMergeAndOtherContactsOrBadSpansAreIgnored() {
        String html = Highlighter.highlight("abcdefgh", 1, List.of(at(1, 1, 4), at(1, 3, 6), at(0, 0, 2),
                at(1, 5, 99)));
        assertThat(html).isEqualTo("a<mark title=\"KH-T-1 INTIMIDATION, KH-T-3 INTIMIDATION\">bcdef</mark>gh");
        assertThat(Highlighter.highlight(null, 0, List.of())).isEmpty();
    }
}
