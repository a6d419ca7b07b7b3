// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a demand for staff data asks only who dealt with the customer — a name, a staff number — and nothing of the
 * person's private life (「担当者のフルネームを教えてください」, "your full name and staff number"). Asking who served
 * you is how a complaint is escalated and is usually legitimate; private data (home address, private phone, social
 * media accounts, family) is an attack on the person (MHLW-2022 §B-1, 従業員個人への攻撃、要求).
 */
final class StaffIdentity {
    private static final List<String> IDENTITY_JA = List.of("名前", "氏名", "フルネーム", "名札", "社員番号", "職員番号",
            "担当者名", "所属");
    private static final List<String> PRIVATE_JA = List.of("住所", "自宅", "家", "電話番号", "携帯", "ライン", "SNS",
            "インスタ", "アカウント", "メアド", "メールアドレス", "年齢", "顔", "写真", "住んで", "帰り");
    private static final Pattern IDENTITY_EN = Pattern.compile(
            "\\b(?:(?:full |real |last |first |sur)?names?|staff (?:number|id)|employee (?:number|id)|badge)\\b");
    private static final Pattern PRIVATE_EN = Pattern.compile("\\b(?:address|phone|mobile|cell|home|house|live|lives"
            + "|instagram|facebook|account|e-?mail|family|age|photo|picture|face|social media|line id)\\b");

    private StaffIdentity() {
    }

    /**
     * @param text the demand's text, may be {@code null}
     * @return whether it names the employee's name or staff number and no private data
     */
    static boolean only(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = AsciiLower.of(text);
        boolean identity = IDENTITY_JA.stream().anyMatch(text::contains) || IDENTITY_EN.matcher(lower).find();
        boolean personal = PRIVATE_JA.stream().anyMatch(text::contains) || PRIVATE_EN.matcher(lower).find();
        return identity && !personal;
    }
}
