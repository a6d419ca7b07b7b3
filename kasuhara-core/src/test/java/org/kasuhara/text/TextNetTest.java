// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistical net's file: read back exactly as written, and every malformed line named. */
class TextNetTest {
    private static TextNet net() {
        return TextNet.of(-1.0, weights(), 0.7);
    }

    @Test
    void aNetScoresByItsWeightsAndReadsBackExactlyAsWritten() {
        TextNet net = net();

        assertThat(net.score("ばかやろう")).isGreaterThan(net.threshold());
        assertThat(net.score("ありがとうございます")).isLessThan(net.threshold());
        assertThat(net.score("  ")).isZero();
        assertThat(TextNet.parse(net.toText(), "abuse-net.tsv").toText()).isEqualTo(net.toText());
    }

    @Test
    void aMalformedFileIsRejectedWithItsLine() {
        String text = net().toText();
        assertThatThrownBy(() -> TextNet.parse(text.replace("threshold\t0.700000", "threshold\tseventy"), "n.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("n.tsv:5:");
        assertThatThrownBy(() -> TextNet.parse(text.replace("kasuhara-net\t2", "something else"), "n.tsv"))
                .hasMessageContaining("n.tsv:2: expected the header");
        assertThatThrownBy(() -> TextNet.parse(text + "999999999\t1.0\n", "n.tsv"))
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> TextNet.of(0, new float[3], 0.5)).isInstanceOf(IllegalArgumentException.class);
        int next = text.split("\n", -1).length; // the line appended below
        assertThatThrownBy(() -> TextNet.parse(text + "12\t0.5.5\n", "n.tsv"))
                .hasMessageContaining("n.tsv:" + next + ": not a number");
        assertThatThrownBy(() -> TextNet.parse(text + "12\t0.5\t7\n", "n.tsv"))
                .hasMessageContaining("n.tsv:" + next + ": expected: bucket");
    }

    @Test
    void aFileOfTheFirstFormatIsScoredWithTheTwoToFourGramsItWasTrainedOn() {
        String current = net().toText();
        assertThat(current).contains("kasuhara-net\t2\n").contains("character 1-5-grams");
        TextNet first = TextNet.parse(current.replace("kasuhara-net\t2", "kasuhara-net\t1"), "old.tsv");

        // 「ばかやろう」 framed is 7 characters: 7 single ones, 6 + 5 + 4 + 3 longer n-grams, every one weighing 2.5
        assertThat(TextNet.features("ばかやろう")).hasSize(25);
        assertThat(net().score("ばかやろう")).isCloseTo(sigmoid(-1 + 2.5 * Math.sqrt(25)), within(1e-9));
        assertThat(first.score("ばかやろう")).isCloseTo(sigmoid(-1 + 2.5 * Math.sqrt(15)), within(1e-9));
        assertThat(first.toText()).contains("kasuhara-net\t1\n").contains("character 2-4-grams");
        assertThatThrownBy(() -> TextNet.parse(current.replace("kasuhara-net\t2", "kasuhara-net\t3"), "new.tsv"))
                .hasMessageContaining("new.tsv:2: expected the header").hasMessageContaining("later version");
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void weightsReadTheSameWhateverTheLineEndsAndSpacing() {
        String text = net().toText();
        String spaced = text.replace("\n", " \r\n");
        assertThat(TextNet.parse(spaced, "n.tsv").toText()).isEqualTo(text);
        assertThat(TextNet.parse(text + "1\t-1.5E-3\n", "n.tsv").toText()).contains("\n1\t-0.001500\n");
    }

    @Test
    void theDoubtLineIsReadBackAndAnOlderFileHasNone() {
        TextNet plain = net();
        TextNet withDoubt = TextNet.of(-1.0, weights(), 0.7, 0.2);

        assertThat(plain.doubt()).isZero();
        assertThat(plain.toText()).doesNotContain("doubt");
        assertThat(withDoubt.toText()).contains("doubt\t0.200000\n");
        assertThat(TextNet.parse(withDoubt.toText(), "n.tsv").doubt()).isEqualTo(0.2);
        assertThat(TextNet.parse(withDoubt.toText(), "n.tsv").toText()).isEqualTo(withDoubt.toText());
    }

    @Test
    void aDoubtLineAboveTheThresholdOrOutOfRangeIsRejected() {
        String text = TextNet.of(-1.0, weights(), 0.7, 0.2).toText();
        assertThatThrownBy(() -> TextNet.parse(text.replace("doubt\t0.200000", "doubt\t0.900000"), "n.tsv"))
                .hasMessageStartingWith("n.tsv:6:").hasMessageContaining("doubt must not be above the threshold");
        assertThatThrownBy(() -> TextNet.parse(text.replace("doubt\t0.200000", "doubt\t-1"), "n.tsv"))
                .hasMessageStartingWith("n.tsv:6:").hasMessageContaining("doubt");
        assertThatThrownBy(() -> TextNet.of(-1.0, weights(), 0.7, 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] weights() {
        float[] weights = new float[TextNet.BUCKETS];
        for (int bucket : TextNet.features("ばかやろう")) {
            weights[bucket] = 2.5f;
        }
        return weights;
    }
}
