// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

/** Counts what one run read: records assessed, records skipped as invalid, files that could not be read. */
public final class RecordTally {
    private int assessed;
    private int skipped;
    private int unreadableFiles;

    public void assessed() {
        assessed++;
    }

    public void skipped() {
        skipped++;
    }

    public void unreadableFile() {
        unreadableFiles++;
    }

    public boolean allAssessed() {
        return skipped == 0 && unreadableFiles == 0;
    }

    /**
     * What went wrong, for standard error; empty when nothing did.
     *
     * @param labels the language of the message
     * @return zero, one or two lines
     */
    public String problems(Labels labels) {
        StringBuilder text = new StringBuilder();
        int records = assessed + skipped;
        if (skipped > 0) {
            text.append(labels.of(records + "件中" + skipped + "件をスキップしました（入力エラー）",
                    skipped + " of " + records + " records skipped (invalid input)")).append('\n');
        }
        if (unreadableFiles > 0) {
            text.append(labels.of(unreadableFiles + "件のファイルを読み込めませんでした",
                    unreadableFiles + " file(s) could not be read")).append('\n');
        }
        return text.toString();
    }
}
