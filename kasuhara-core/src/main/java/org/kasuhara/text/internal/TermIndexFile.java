// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.TextAnalyzer;

/**
 * An analyser's index of every spelling (the Aho–Corasick automaton and what each spelling finds), built when
 * Kasuhara was built and shipped with the default rule set, so that a short process does not generate every form
 * of every term and build the automaton again (about a quarter of the CLI's start-up). The file holds a format
 * name, the key of the rule set and build it belongs to, the index, and a CRC-32 of all of it. Reading checks all
 * of that and every number in the index (states, patterns, entries, and that every link leads towards the root);
 * a file that fails any check is not used.
 */
public final class TermIndexFile {
    /** The first field of every file. */
    static final String FORMAT = "kasuhara-term-index-1";

    private TermIndexFile() {
    }

    /**
     * @param analyzer an analyser built from {@code entries} ({@link LexiconTextAnalyzer#of(List)})
     * @param entries  its entries, in order
     * @param key      what the file belongs to (rule set, build); reading needs the same key
     * @return the file's bytes
     * @throws IOException              never in practice (written to memory)
     * @throws IllegalArgumentException when the analyser is not a lexicon analyser
     */
    public static byte[] write(TextAnalyzer analyzer, List<LexiconEntry> entries, String key) throws IOException {
        if (!(analyzer instanceof LexiconTextAnalyzer lexical)) {
            throw new IllegalArgumentException("not a lexicon analyser: " + analyzer.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        lexical.index().write(out, entries);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * @param data    the file's bytes
     * @param entries the entries, in the order they were written
     * @param key     the key the file must belong to
     * @return the analyser
     * @throws IOException naming what does not fit (another key or format, damaged or truncated data)
     */
    public static LexiconTextAnalyzer read(byte[] data, List<LexiconEntry> entries, String key) throws IOException {
        if (data.length < Long.BYTES) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(data, data.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new IOException("checksum does not match (damaged or truncated)");
        }
        ByteArrayInputStream header = new ByteArrayInputStream(data, 0, data.length - Long.BYTES);
        DataInputStream in = new DataInputStream(header);
        if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            throw new IOException("another format or key");
        }
        ByteBuffer body = ByteBuffer.wrap(data, data.length - Long.BYTES - header.available(), header.available());
        TermIndex index = TermIndex.read(body, entries);
        if (body.hasRemaining()) {
            throw new IOException("unexpected data after the index");
        }
        return LexiconTextAnalyzer.of(entries, index);
    }
}
