package org.kasuhara.cli;

/** Counts what one run read: records assessed, records skipped as invalid, files that could not be read. */
final class RecordTally {
    private int assessed;
    private int skipped;
    private int unreadableFiles;

    void assessed() {
        assessed++;
    }

    void skipped() {
        skipped++;
    }

    void unreadableFile() {
        unreadableFiles++;
    }

    boolean allAssessed() {
        return skipped == 0 && unreadableFiles == 0;
    }

    /**
     * What went wrong, for standard error; empty when nothing did.
     *
     * @param labels the language of the message
     * @return zero, one or two lines
     */
    String problems(Labels labels) {
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
