// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.mail;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code mail ingest} and {@code mail watch}. */
public final class MailOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = {
        "このフォルダのルールセットで判定します（省略時は標準ルール）。",
        "Assess with the rule set in this folder (the default rules when absent)."})
    private Path rules;

    @Option(names = "--org", paramLabel = "ORG", description = {
        "この窓口で受け付けるメールの組織（設定 kasuhara.mail.organization より優先）。",
        "The organisation of every message (over the setting kasuhara.mail.organization)."})
    private String organization;

    @Option(names = "--evidence", paramLabel = "DIR", description = {
        "添付ファイルと原本の保存先。省略時は --data のフォルダの mail-evidence。",
        "Where attachments and raw messages are kept; mail-evidence in the --data folder when absent."})
    private Path evidence;

    public Path rules() {
        return rules;
    }

    public String organization() {
        return organization;
    }

    public Path evidence(Path dataDirectory) {
        return evidence != null ? evidence : dataDirectory.resolve("mail-evidence");
    }

    public Path evidenceOption() {
        return evidence;
    }
}
