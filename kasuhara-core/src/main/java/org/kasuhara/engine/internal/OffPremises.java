// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Whether a demand's text names a place off the organisation's premises where staff are to come: the customer's home,
 * a café, a station (「自宅まで謝りに来い」, 「駅前の喫茶店まで来てください」, "come to my house"). Staff summoned there
 * are outside the organisation's protection: the Tokyo manual's off-premises confinement (店舗外拘束型).
 */
final class OffPremises {
    private static final List<String> PLACES = List.of("自宅", "家まで", "家に来", "家へ", "喫茶店", "カフェ",
            "ファミレス", "駅まで", "会社まで来", "職場まで来", "my house", "my home", "my place", "my flat",
            "my apartment", "my office", "a café", "a cafe", "the café", "the cafe", "coffee shop");

    private OffPremises() {
    }

    static boolean named(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = AsciiLower.of(text);
        return PLACES.stream().anyMatch(lower::contains);
    }
}
