// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese for the messages of the policy and lexicon parsers, which write English: one pattern a message, its
 * details ({@code $1}…) carried over. A message no pattern knows keeps its English text behind a Japanese lead,
 * so nothing is ever lost in translation.
 */
final class JapaneseMessages {
    private record Translation(Pattern english, String japanese) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            t("must be between (\\S+) and (\\S+), was (.+)", "$1 から $2 までの値にしてください（値: $3）"),
            t("expected a whole number, was (.+)", "整数を書いてください（値: $1）"),
            t("expected a time of day such as \"22:00\", was (.+)", "「22:00」のような時刻を書いてください（値: $1）"),
            t("expected a time-zone id such as Asia/Tokyo, was (.+)", "Asia/Tokyo のようなタイムゾーンIDを書いてください（値: $1）"),
            t("expected (.+), was (.+)", "$1 を書いてください（値: $2）"),
            t("unknown key; expected one of (.+)", "不明なキーです。次のいずれかにしてください: $1"),
            t("unknown section; expected defaults or organizations", "不明なセクションです。defaults または organizations にしてください"),
            t("expected a mapping with defaults: and organizations:", "defaults: と organizations: を持つマッピングにしてください"),
            t("expected a mapping of keys to values", "キーと値のマッピングにしてください"),
            t("appears twice; first at line (\\d+) \\(remove one\\)", "2回書かれています（最初は $1 行目）。どちらかを削除してください"),
            t("not valid YAML: (.+)", "YAML として正しくありません: $1"),
            t("not valid UTF-8.*", "UTF-8 として正しくありません。UTF-8 で保存してください"),
            t("expected (\\d+) tab-separated columns .*found 1;.*",
                    "タブ区切りの $1 列（語、カテゴリ、言語、例文、注記、省略可の読み）が必要ですが 1 列しかありません。タブの代わりに空白で区切っていませんか"),
            t("expected at most (\\d+) tab-separated columns .*found (\\d+)", "タブ区切りの列は $1 列までです（$2 列あります）"),
            t("(\".*\"); expected the reading in kana \\(ばか\\) or nothing",
                    "$1: 読みはかなで書くか、空にしてください（例: ばか）"),
            t("a reading is only meaningful for Japanese terms; leave it empty", "読みは日本語の語にだけ書けます。空にしてください"),
            t("empty; expected the word or phrase to match", "空です。照合する語句を書いてください"),
            t("(\".*\") is empty after normalisation", "$1 は正規化すると空になります"),
            t("(.+); expected ja or en", "$1: ja または en にしてください"),
            t("missing; expected a real sentence that contains the term", "例文がありません。その語を含む実際の文を書いてください"),
            t("does not contain the term (\".*?\") \\(normalised: (\".*?\")(, as a whole word)?\\)",
                    "例文に語 $1 が含まれていません（正規化後: $2）"),
            t("duplicate of (.+?) \\((.+)\\)", "$1 と重複しています（$2）"),
            t("(.+); expected one of (.+)", "$1: 次のいずれかにしてください: $2"));

    private JapaneseMessages() {
    }

    private static Translation t(String english, String japanese) {
        return new Translation(Pattern.compile(english, Pattern.DOTALL), japanese);
    }

    /** @return the message in Japanese; unknown messages keep their English text, marked as such */
    static String of(String english) {
        for (Translation translation : TRANSLATIONS) {
            Matcher m = translation.english().matcher(english);
            if (m.matches()) {
                return m.replaceFirst(translation.japanese());
            }
        }
        return "（英語のメッセージ）" + english;
    }
}
