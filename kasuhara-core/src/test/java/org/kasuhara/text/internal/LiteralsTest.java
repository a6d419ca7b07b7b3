// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final List<String> LITERALS = List.of("私のミス", "私が悪", "自分のせい", "my bad", "で申し訳");

    @Test
    void occursAsContainsWould() {
        Literals literals = Literals.of(LITERALS);
        for (String text : new String[] {"私のミスです", "全部私が悪いんです", "私は悪くない", "oh my bad", "my ba",
            "", "自分の", "遅れて申し訳", "私私のミス"}) {
            assertThat(literals.occurIn(text)).as(text).isEqualTo(LITERALS.stream().anyMatch(text::contains));
        }
    }

    @Test
    void testsEveryPositionWhereOneStarts() {
        Literals literals = Literals.of(List.of("でごめん", "で申し訳"));
        String text = "遅刻でごめん。私の説明が下手で申し訳ない";
        assertThat(literals.occurWhere(text, at -> at == text.indexOf("で申し訳"))).isTrue();
        assertThat(literals.occurWhere(text, at -> at == 2)).isTrue();
        assertThat(literals.occurWhere(text, at -> at == 3)).isFalse();
    }
}
