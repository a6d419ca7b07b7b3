// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Splits bytes into lines and decodes each line as strict UTF-8. A decoding {@link java.io.Reader} reads ahead and
 * cannot say which line was malformed; decoding line by line can, and goes on to report every bad line.
 */
final class Utf8Lines {
    private Utf8Lines() {
    }

    /**
     * Splits and decodes.
     *
     * @param bytes     the file's bytes
     * @param malformed receives the 1-based number of each line that is not valid UTF-8
     * @return the lines without their line terminators; a malformed line is returned as an empty line
     */
    static List<String> split(byte[] bytes, IntConsumer malformed) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            try {
                String line = decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            } catch (CharacterCodingException e) {
                malformed.accept(lines.size() + 1);
                lines.add("");
            }
            from = to + 1;
        }
        return lines;
    }
}
