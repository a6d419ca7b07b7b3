// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * A demand named as the object of its own refusal: 「慰謝料を請求するつもりはありません」, 「土下座なんて要りません」,
 * 「損害賠償を求めるつもりはありません」. The term is a noun; its verb and the denial follow a particle (を, は, とかは,
 * なんて, など, なんか, も) within {@value #SPAN} characters of the same clause. A denial that opens a condition
 * (「土下座が要らないなら…」) does not count.
 */
final class DeniedObject {
    static final int SPAN = 14;

    private static final Phrases PARTICLES = Phrases.of("を", "は", "とかは", "とか", "なんて", "など", "なんか", "も");
    private static final Phrases DENIALS = Phrases.of("つもりはな", "つもりはありません", "つもりもな", "つもりもありません",
            "気はな", "気はありません", "要りません", "いりません", "要らない", "いらない", "不要", "結構です",
            "求めません", "求めていません", "請求しません", "要求しません", "望みません", "望んでいません");
    private static final Phrases CONDITIONS = Phrases.of("なら", "と", "ら");

    private DeniedObject() {
    }

    static boolean isDenied(String text, int end) {
        int particle = PARTICLES.matchAt(text, end);
        if (particle <= 0) {
            return false;
        }
        for (int at = end + particle; at < Math.min(text.length(), end + particle + SPAN); at++) {
            if (CharClasses.isClauseEnd(text.charAt(at))) {
                return false;
            }
            int denial = DENIALS.matchAt(text, at);
            if (denial > 0) {
                boolean conditional = text.startsWith("ない", at + denial - 2)
                        && CONDITIONS.matchAt(text, at + denial) > 0;
                return !conditional;
            }
        }
        return false;
    }
}
