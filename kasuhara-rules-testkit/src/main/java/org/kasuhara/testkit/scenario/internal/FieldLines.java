// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the line of every field path while a document is read into a tree, because a tree forgets where
 * its nodes came from and every error must name its line.
 */
final class FieldLines extends JsonParserDelegate {
    private final Map<String, Integer> lines = new HashMap<>();

    FieldLines(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token != null && !token.isStructEnd()) {
            JsonStreamContext context = getParsingContext();
            String path = token.isStructStart() ? valuePath(context.getParent()) : valuePath(context);
            lines.putIfAbsent(path, currentTokenLocation().getLineNr());
        }
        return token;
    }

    /**
     * The line of a path, or of its nearest parent that was read.
     *
     * @param path e.g. {@code scenarios[3].expect.verdict}
     * @return the line, 0 when unknown
     */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = Paths.parent(p);
        }
    }

    /** The path of the value at the context's cursor. */
    private static String valuePath(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = valuePath(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        return context.getCurrentName() == null ? parent : Paths.join(parent, context.getCurrentName());
    }
}
