// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kasuhara eval text}: besides the analyser's figures, the engine's verdict on each sentence as a case of its
 * own, and on the toxicity data's majority-toxic and unanimously clean comments.
 */
class EvalTextCommandTest {
    private static final String HEADER = "id\tlanguage\tspeaker\texpected\tkind\ttext\n";

    @Test
    void judgesEverySentenceAsACaseAndCountsCaughtAbuseAndFlaggedCleanSentences(@TempDir Path dir)
            throws IOException {
        Path corpus = dir.resolve("sentences.tsv");
        Files.writeString(corpus, HEADER
                + "a-1\tja\tcustomer\tTHREAT_TO_LIFE\tabuse\t返金しないなら殺すぞ。\n"
                + "a-2\tja\tstaff\tVIOLENCE\tabuse\t客はカウンターを拳で何度も叩き、職員に灰皿を投げつけた。\n"
                + "a-3\tja\tcustomer\tINSULT\tabuse\tよろしくお願いします。\n"
                + "c-1\tja\tcustomer\t-\tquoted\t店員に「バカ」と言われました。\n"
                + "c-2\ten\tcustomer\t-\tcomplaint\tMy parcel arrived two days late; please tell me why.\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "text", "--misses", corpus.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Verdict per sentence",
                "abuse caught 2/3 (recall 0.667, precision 1.000); judged harassment 2/3",
                "clean judged harassment 0/2 (0.000); clean raised to review 0/2 (0.000)",
                "missed abuse a-3: よろしくお願いします。");
    }

    @Test
    void readsTheToxicityDataAsCustomersMessagesAndReportsTheVerdicts(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("sentences.tsv");
        Files.writeString(corpus, HEADER + "c-1\tja\tcustomer\t-\tcomplaint\t配送状況を教えてください。\n",
                StandardCharsets.UTF_8);
        Path csv = dir.resolve("subset.csv");
        Files.writeString(csv, "id,text,Not Toxic,Hard to Say,Toxic,Very Toxic\n"
                + "1,死ね、クズ,0,0,1,2\n"
                + "2,今日はいい天気ですね,3,0,0,0\n"
                + "3,どうなんだろう,1,1,1,0\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "text", corpus.toString(), "--toxic", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 comments, 1 toxic",
                "verdicts: majority-toxic not judged legitimate 1/1 (1.000); unanimously clean judged harassment"
                        + " 0/1 (0.000), raised to review 0/1 (0.000)");
    }
}
