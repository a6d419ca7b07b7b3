// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;

/**
 * Streams JSON Lines: one object a line, fields named by the mapping (top-level names read straight from the
 * parser, or, when the mapping has JSON Pointers, from the line's tree); other fields are ignored.
 */
final class JsonLinesRecordReader implements RecordSource {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final CountingStream counted;
    private final BufferedReader in;
    private final RecordMapping mapping;
    private final RecordFields fields;
    private final Malformed malformed;
    private final PointerFields pointers;
    private long line;

    JsonLinesRecordReader(InputStream in, RecordMapping mapping, Malformed malformed) {
        this.counted = new CountingStream(in);
        this.in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
        this.mapping = mapping;
        this.fields = new RecordFields(mapping);
        this.malformed = malformed;
        this.pointers = PointerFields.needed(mapping) ? new PointerFields(mapping) : null;
    }

    @Override
    public CallRecord next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                malformed.report(line, e.getMessage());
            } catch (IOException e) {
                malformed.report(line, "not valid JSON");
            }
        }
        return null;
    }

    private CallRecord parse(String text) throws IOException {
        if (pointers != null) {
            JsonNode tree = TREES.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            String[] v = pointers.values(tree);
            return fields.record(line, v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        String[] v = new String[6];
        String[] names = {mapping.caller(), mapping.matter(), mapping.organization(), mapping.start(), mapping.end(),
                mapping.duration()};
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int role = -1;
                for (int i = 0; i < names.length; i++) {
                    if (name.equals(names[i])) {
                        role = i;
                    }
                }
                if (value.isStructStart()) {
                    p.skipChildren();
                } else if (role >= 0 && value != JsonToken.VALUE_NULL) {
                    v[role] = p.getText();
                }
            }
        }
        return fields.record(line, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    @Override
    public long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
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
