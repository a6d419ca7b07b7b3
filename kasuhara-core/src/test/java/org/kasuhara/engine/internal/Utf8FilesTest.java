// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.junit.jupiter.api.Test;

/** The UTF-8 check finds the line of the first bad byte wherever it lies, and passes every valid file. */
class Utf8FilesTest {
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    @Test
    void validTextOfAnyLengthPasses() {
        String line = "言葉\tABUSIVE_LANGUAGE\tja\t例文です。😀\n";
        assertThat(Utf8Files.firstInvalid(new byte[0])).isEqualTo(-1);
        assertThat(Utf8Files.firstInvalid(line.repeat(2_000).getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void aBadByteIsReportedAtTheStartOfItsLine() {
        byte[] first = "ばか\n".getBytes(SHIFT_JIS);
        assertThat(Utf8Files.firstInvalid(first)).isZero();
        byte[] third = join("one\n".getBytes(StandardCharsets.UTF_8), "二行目\n".getBytes(StandardCharsets.UTF_8),
                "三行目\n".getBytes(SHIFT_JIS));
        int start = "one\n二行目\n".getBytes(StandardCharsets.UTF_8).length;
        assertThat(Utf8Files.firstInvalid(third)).isEqualTo(start);
    }

    @Test
    void aBadByteFarBeyondTheDecodingBufferIsFound() {
        byte[] valid = "ありがとうございます。\n".repeat(3_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = join(valid, "ここで\n".getBytes(SHIFT_JIS));
        assertThat(Utf8Files.firstInvalid(bytes)).isEqualTo(valid.length);
    }

    @Test
    void aSequenceCutOffAtTheEndIsInvalid() {
        byte[] whole = "終わり".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThat(Utf8Files.firstInvalid(cut)).isZero();
    }

    @Test
    void theProblemNamesTheFileAndLineAndTheOtherFilesPass() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> checked = Utf8Files.check(List.of(
                new RuleFile("lexicons/ok.tsv", "a\nb\n".getBytes(StandardCharsets.UTF_8)),
                new RuleFile("lexicons/sjis.tsv", join("ok\n".getBytes(StandardCharsets.UTF_8),
                        "ok\n".getBytes(StandardCharsets.UTF_8), "だめ\n".getBytes(SHIFT_JIS)))), problems);
        assertThat(checked).extracting(RuleFile::path).containsExactly("lexicons/ok.tsv");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lexicons/sjis.tsv");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
