// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;

/** The packaged term index reads back as the index it was written from, and nothing damaged is ever used. */
class TermIndexFileTest {
    private static final List<LexiconEntry> ENTRIES = entries(
            "殺す\tTHREAT_TO_LIFE\tja\t殺すぞ\tword",
            "馬鹿\tINSULT\tja\t馬鹿か\tword\tばか",
            "お前…使えない\tINSULT\tja\tお前は使えない\tconstruction",
            "!ばかり\tINSULT\tja\t謝罪ばかり\texclusion",
            "idiot\tINSULT\ten\tyou idiot\tword",
            "you…a disgrace\tINSULT\ten\tyou are a disgrace\tconstruction");
    private static final List<String> TEXTS = List.of("お前は本当に使えないな、殺すぞ", "ばかじゃないの", "謝罪ばかりで",
            "You idiots. You are truly a disgrace.", "ありがとうございました", "殺されたいのか、馬鹿");

    private static List<LexiconEntry> entries(String... lines) {
        try {
            return Lexicon.parse(new StringReader(String.join("\n", lines)), "test.tsv").entries();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<?> analyze(TextAnalyzer analyzer, String text) {
        return analyzer.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    @Test
    void anIndexReadBackFindsExactlyWhatTheBuiltOneFinds() throws IOException {
        LexiconTextAnalyzer built = LexiconTextAnalyzer.of(ENTRIES);
        byte[] file = TermIndexFile.write(built, ENTRIES, "key-1");

        LexiconTextAnalyzer read = TermIndexFile.read(file, ENTRIES, "key-1");

        for (String text : TEXTS) {
            assertThat(analyze(read, text)).as(text).isEqualTo(analyze(built, text));
        }
        assertThat(analyze(read, TEXTS.get(0))).hasSize(2);
        assertThat(TermIndexFile.write(read, ENTRIES, "key-1")).isEqualTo(file); // the same bytes again
    }

    @Test
    void anotherKeyOtherEntriesOrDamagedOrTruncatedDataAreRefused() throws IOException {
        byte[] file = TermIndexFile.write(LexiconTextAnalyzer.of(ENTRIES), ENTRIES, "key-1");

        assertThatThrownBy(() -> TermIndexFile.read(file, ENTRIES, "key-2")).hasMessageContaining("key");
        assertThatThrownBy(() -> TermIndexFile.read(file, ENTRIES.subList(0, 5), "key-1"))
                .hasMessageContaining("entries");
        for (int at : new int[] {0, 20, file.length / 2, file.length - 9, file.length - 1}) {
            byte[] damaged = file.clone();
            damaged[at] ^= 0x10;
            assertThatThrownBy(() -> TermIndexFile.read(damaged, ENTRIES, "key-1")).as("byte " + at)
                    .isInstanceOf(IOException.class);
        }
        for (int length : new int[] {0, 7, 30, file.length - 1}) {
            assertThatThrownBy(() -> TermIndexFile.read(Arrays.copyOf(file, length), ENTRIES, "key-1"))
                    .as("length " + length).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aWellFormedFileWhoseLinksLoopIsRefusedSoNoScanCanSpinForever() throws IOException {
        TermAutomaton automaton = TermAutomaton.build(List.of("abc", "bc"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        automaton.write(new java.io.DataOutputStream(bytes));
        byte[] data = bytes.toByteArray();
        int states = ByteBuffer.wrap(data).getInt(0);
        assertThat(TermAutomaton.read(ByteBuffer.wrap(data), 2)).isNotNull();
        // the last state's failure link pointed at itself: a loop (fail, output and outputLink, then two lengths)
        int failOfLast = data.length - 2 * Integer.BYTES - 2 * states * Integer.BYTES - Integer.BYTES;
        ByteBuffer.wrap(data).putInt(failOfLast, states - 1);

        assertThatThrownBy(() -> TermAutomaton.read(ByteBuffer.wrap(data), 2)).isInstanceOf(IOException.class)
                .hasMessageContaining("linked away from the root"); // a forged file: its checksum would be right
    }

    @Test
    void aForgedRootOutputOrPatternLengthIsRefused() throws IOException {
        byte[] data = automatonBytes();
        int states = ByteBuffer.wrap(data).getInt(0);
        int outputs = data.length - 2 * Integer.BYTES - 2 * states * Integer.BYTES; // output[0]: the root has none
        byte[] rootOutput = data.clone();
        ByteBuffer.wrap(rootOutput).putInt(outputs, 0);
        byte[] rootLink = data.clone();
        ByteBuffer.wrap(rootLink).putInt(outputs + states * Integer.BYTES, 0);
        byte[] longer = data.clone();
        ByteBuffer.wrap(longer).putInt(data.length - 2 * Integer.BYTES, 100); // "abc" said to be 100 long

        for (byte[] forged : List.of(rootOutput, rootLink, longer)) {
            assertThatThrownBy(() -> TermAutomaton.read(ByteBuffer.wrap(forged), 2)).isInstanceOf(IOException.class);
        }
    }

    private static byte[] automatonBytes() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        TermAutomaton.build(List.of("abc", "bc")).write(new java.io.DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
