// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import picocli.CommandLine.Option;

/** The {@code --lang ja|en} option shared by the commands that print labels or messages. */
public final class LanguageOption {
    @Option(names = "--lang", paramLabel = "ja|en", description = {
        "ラベルとメッセージの言語（ja または en）。省略時は日本語と英語を併記します。",
        "Language of labels and messages (ja or en); both, Japanese first, when absent."})
    private Language language;

    public Labels labels() {
        return new Labels(language);
    }
}
