// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;

/**
 * Rule files are UTF-8, with or without the byte order mark Excel's "CSV UTF-8" writes. Anything else — Excel's
 * default Shift_JIS CSV, a lexicon saved in ANSI — is one clear error naming the file and the line of the first bad
 * byte, instead of garbled rule names or hundreds of garbled lexicon errors. Spreadsheets ({@code .xlsx}) are binary
 * and pass untouched.
 */
final class Utf8Files {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Files() {
    }

    /** @return the files with any byte order mark dropped, and without those that are not UTF-8 (reported) */
    static List<RuleFile> check(List<RuleFile> files, List<RuleProblem> problems) {
        List<RuleFile> checked = new ArrayList<>(files.size());
        for (RuleFile file : files) {
            if (file.path().endsWith(".xlsx")) {
                checked.add(file);
                continue;
            }
            byte[] bytes = file.content();
            if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3)) {
                bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
            }
            int bad = firstInvalid(bytes);
            if (bad < 0) {
                checked.add(bytes.length == file.content().length ? file : new RuleFile(file.path(), bytes));
            } else {
                problems.add(new Bilingual("UTF-8 ではない文字があります（Excel の既定の CSV や Shift_JIS で保存した"
                        + "ファイルなど）。UTF-8 で保存し直してください（Excel では「CSV UTF-8」）",
                        "not UTF-8 text (Excel's default CSV or a Shift_JIS file, for example): save it as UTF-8"
                                + " (in Excel: \"CSV UTF-8\")").at(file.path(), line(bytes, bad), null));
            }
        }
        return checked;
    }

    /**
     * @return the offset of the start of the line that holds the first byte that is not valid UTF-8, or -1; the
     *         bytes are decoded in one pass through a small buffer (a UTF-8 sequence never holds the byte of a line
     *         feed, so the line of the bad byte is the line at fault)
     */
    static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int start = in.position();
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                return start;
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
