// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;

/**
 * Streams a JSON document of records: one array of objects, or objects one after another (pretty-printed, one a
 * line, or concatenated without separators). Each record is parsed on its own, so memory holds one record; its line
 * is the line where it begins. A syntax error ends the file (a parser cannot find the next record after it); it is
 * reported with its line.
 */
final class JsonRecordReader implements RecordSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Counting counted;
    private final JsonParser parser;
    private final PointerFields pointers;
    private final RecordFields fields;
    private final Malformed malformed;
    private boolean started;
    private boolean inArray;
    private boolean done;

    JsonRecordReader(InputStream in, RecordMapping mapping, Malformed malformed) throws IOException {
        this.counted = new Counting(in);
        this.parser = MAPPER.createParser(counted);
        this.pointers = new PointerFields(mapping);
        this.fields = new RecordFields(mapping);
        this.malformed = malformed;
    }

    @Override
    public CallRecord next() throws IOException {
        while (!done) {
            long line = parser.currentLocation().getLineNr();
            try {
                JsonToken token = parser.nextToken();
                line = parser.currentTokenLocation().getLineNr();
                if (!started) {
                    started = true;
                    if (token == JsonToken.START_ARRAY) {
                        inArray = true;
                        token = parser.nextToken();
                        line = parser.currentTokenLocation().getLineNr();
                    }
                }
                if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
                    done = true;
                    if (token != null && parser.nextToken() != null) {
                        malformed.report(parser.currentTokenLocation().getLineNr(), "content after the array");
                    }
                    return null;
                }
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    malformed.report(line, "expected a JSON object");
                    continue;
                }
                JsonNode record = MAPPER.readTree(parser);
                try {
                    String[] v = pointers.values(record);
                    return fields.record(line, v[0], v[1], v[2], v[3], v[4], v[5]);
                } catch (IllegalArgumentException e) {
                    malformed.report(line, e.getMessage());
                }
            } catch (JsonProcessingException e) {
                done = true;
                long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
                malformed.report(at, "not valid JSON; the rest of the file was not read");
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        counted.close();
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
