// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;

/**
 * Streams a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes) straight from
 * bytes, keeping only the mapped columns: caller, matter and organisation become strings (an organisation equal to
 * the previous record's is shared), times and durations are parsed from the bytes. Hand-rolled rather than a
 * library: it is short, has no dependency, never holds more than one record, and keeps the physical line of every
 * record for error messages.
 */
final class CsvRecordReader implements RecordSource {
    private static final int CALLER = 0, MATTER = 1, ORG = 2, START = 3, END = 4, DURATION = 5;
    private static final String[] KEYS = {"caller", "matter", "organization", "start", "end", "duration"};
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bytes;
    private long physicalLine = 1;
    private final byte delimiter;
    private final Charset charset;
    private final int[] roleOfColumn;
    private final int columnsNeeded;
    private final byte[][] values = new byte[6][64];
    private final int[] lengths = new int[6];
    private final boolean[] present = new boolean[6];
    private final AsciiView[] views = {null, null, null, new AsciiView(), new AsciiView(), new AsciiView()};
    private byte[] field = new byte[256];
    private int fieldLength;
    private String lastOrganization;
    private byte[] lastOrganizationBytes;
    private final RecordFields fields;
    private final Malformed malformed;
    private boolean eof;

    CsvRecordReader(InputStream in, RecordMapping mapping, Malformed malformed) throws IOException {
        this.in = in;
        this.delimiter = (byte) mapping.delimiter();
        this.malformed = malformed;
        this.fields = new RecordFields(mapping);
        this.charset = charset(mapping.encoding());
        List<String> header = readHeader();
        String[] names = {mapping.caller(), mapping.matter(), mapping.organization(), mapping.start(), mapping.end(),
                mapping.duration()};
        roleOfColumn = new int[header.size()];
        Arrays.fill(roleOfColumn, -1);
        int needed = 0;
        for (int role = 0; role < names.length; role++) {
            if (names[role] == null) {
                continue;
            }
            int column = header.indexOf(names[role]);
            if (column < 0 && RecordMapping.isPointer(names[role])) {
                throw new IllegalArgumentException("line 1: " + KEYS[role] + ": \"" + names[role] + "\" is a JSON"
                        + " Pointer; a CSV file's columns are named as in its header " + header);
            }
            if (column < 0) {
                throw new IllegalArgumentException("line 1: no column \"" + names[role] + "\" in the header " + header);
            }
            roleOfColumn[column] = role;
            needed = Math.max(needed, column + 1);
        }
        columnsNeeded = needed;
    }

    /**
     * The declared charset, or for {@code auto} the one the file's first 64 KB read in: UTF-8 when they decode
     * strictly (a byte order mark included), else Windows-31J, the Shift_JIS Excel writes. Delimiters, quotes and line
     * ends are single bytes below 0x40 in both, so the byte-level parsing is the same.
     */
    private Charset charset(String encoding) throws IOException {
        if (!encoding.equals("auto")) {
            return Charset.forName(encoding);
        }
        limit = in.readNBytes(buf, 0, buf.length);
        bytes += limit;
        pos = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(ByteBuffer.wrap(buf, 0, limit), CharBuffer.allocate(limit + 1),
                limit < buf.length);
        return result.isError() ? Charset.forName("Windows-31J") : StandardCharsets.UTF_8;
    }

    private List<String> readHeader() throws IOException {
        List<String> names = new ArrayList<>();
        int c;
        do {
            c = readField(true);
            names.add(new String(field, 0, fieldLength, charset).strip().replace("\uFEFF", ""));
        } while (c == delimiter);
        return names;
    }

    @Override
    public CallRecord next() throws IOException {
        while (!eof) {
            long line = physicalLine;
            Arrays.fill(present, false);
            int column = 0;
            int c;
            do {
                int role = column < roleOfColumn.length ? roleOfColumn[column] : -1;
                c = readField(role >= 0);
                if (role >= 0) {
                    keep(role);
                }
                column++;
            } while (c == delimiter);
            if (c == -1) {
                eof = true;
                if (column == 1 && fieldLength == 0) {
                    return null;
                }
            }
            if (column == 1 && fieldLength == 0) {
                continue;   // a blank line
            }
            if (column < columnsNeeded) {
                malformed.report(line, "expected at least " + columnsNeeded + " columns, found " + column);
                continue;
            }
            try {
                return fields.record(line, string(CALLER), string(MATTER), organization(), view(START), view(END),
                        view(DURATION));
            } catch (IllegalArgumentException e) {
                malformed.report(line, e.getMessage());
            }
        }
        return null;
    }

    private void keep(int role) {
        if (values[role].length < fieldLength) {
            values[role] = new byte[Math.max(fieldLength, 2 * values[role].length)];
        }
        System.arraycopy(field, 0, values[role], 0, fieldLength);
        lengths[role] = fieldLength;
        present[role] = true;
    }

    private String string(int role) {
        return present[role] ? new String(values[role], 0, lengths[role], charset) : null;
    }

    private String organization() {
        if (!present[ORG]) {
            return null;
        }
        if (lastOrganization != null
                && Arrays.equals(values[ORG], 0, lengths[ORG], lastOrganizationBytes, 0,
                lastOrganizationBytes.length)) {
            return lastOrganization;
        }
        lastOrganizationBytes = Arrays.copyOf(values[ORG], lengths[ORG]);
        lastOrganization = string(ORG);
        return lastOrganization;
    }

    private CharSequence view(int role) {
        return present[role] ? views[role].set(values[role], lengths[role]) : null;
    }

    /** Reads one field into {@link #field} (when kept); @return the delimiter, '\n' or -1 that ended it */
    private int readField(boolean keep) throws IOException {
        fieldLength = 0;
        int c = read();
        if (c == '"') {
            while (true) {
                c = read();
                if (c == -1) {
                    return -1;
                }
                if (c == '"') {
                    c = read();
                    if (c != '"') {
                        break;
                    }
                }
                if (c == '\n') {
                    physicalLine++;
                }
                if (keep) {
                    append(c);
                }
            }
        }
        while (c != delimiter && c != '\n' && c != -1) {
            if (c != '\r' && keep) {
                append(c);
            }
            c = read();
        }
        if (c == '\n') {
            physicalLine++;
        }
        return c;
    }

    private void append(int c) {
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLength++] = (byte) c;
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buf, 0, buf.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
            bytes += limit;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public long bytesRead() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
