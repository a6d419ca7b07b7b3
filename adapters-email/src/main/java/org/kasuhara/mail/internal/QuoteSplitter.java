// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.util.regex.Pattern;

/**
 * Separates the new text of a message (the customer's own words now) from quoted reply history and forwarded
 * messages, which are kept as evidence but not analysed as the customer's words. History is: lines starting with
 * {@code >} (or the full-width {@code ＞}), and everything from an attribution line (「…さんは書きました:」,
 * "On … wrote:") or a forwarded / original-message separator onwards.
 */
public final class QuoteSplitter {
    private static final Pattern QUOTED = Pattern.compile("^[ \\t]*[>＞|｜].*");
    private static final Pattern HISTORY_START = Pattern.compile(String.join("|",
            "^.{0,200}(さん|様|氏)(は|が)書きました[:：]?\\s*$",
            "^.{0,200}書きました[:：]\\s*$",
            "^.{0,200}wrote[:：]\\s*$",
            "^\\s*On .{0,200}(,|\\d)\\s*$",                                 // "On Mon, 1 Jan 2026," wrapped before "wrote:"
            "^\\s*-{2,}\\s*(Original Message|Forwarded message|Forwarded Message|元のメッセージ|転送メッセージ|"
                    + "転送されたメッセージ|Weitergeleitete Nachricht)\\s*-{2,}\\s*$",
            "^\\s*(Begin forwarded message|転送されたメッセージ)[:：]\\s*$",
            "^\\s*_{10,}\\s*$"), Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_HEADER = Pattern.compile("^\\s*(From|差出人|送信者)[:：].*");

    private QuoteSplitter() {
    }

    /**
     * @param body the decoded text of the message
     * @return the new text and the history, each trimmed; either may be empty
     */
    public static Split split(String body) {
        StringBuilder fresh = new StringBuilder();
        StringBuilder history = new StringBuilder();
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean inHistory = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!inHistory && startsHistory(lines, i)) {
                inHistory = true;
            }
            (inHistory || QUOTED.matcher(line).matches() ? history : fresh).append(line).append('\n');
        }
        return new Split(fresh.toString().strip(), history.toString().strip());
    }

    private static boolean startsHistory(String[] lines, int i) {
        String line = lines[i];
        if (HISTORY_START.matcher(line).matches()) {
            // "On …," alone only counts when the next line ends the attribution
            return !line.strip().startsWith("On ") || line.strip().endsWith(":") || line.strip().endsWith("：")
                    || i + 1 < lines.length && lines[i + 1].strip().endsWith("wrote:");
        }
        // Outlook quotes without '>': a separator line, then From:/差出人: followed by Sent:/送信日時:
        return OUTLOOK_HEADER.matcher(line).matches() && i + 1 < lines.length
                && lines[i + 1].matches("^\\s*(Sent|Date|送信日時|日付)[:：].*");
    }

    /**
     * A message body, split.
     *
     * @param newText the customer's new words
     * @param history quoted replies and forwarded messages
     */
    public record Split(String newText, String history) {
    }
}
