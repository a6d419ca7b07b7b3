// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.embed;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;

/**
 * The whole API in one place: build the engine once, read cases, assess them, write Assessment v1 JSON.
 * Run with case files as arguments: {@code EmbeddingExample examples/cases/mixed.jsonl}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Assesses every case in the given files and prints one JSON line per case; invalid records go to stderr.
     *
     * @param args case files (a JSON object, an array, or JSON Lines)
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(args, System.out, System.err);
    }

    static void run(String[] args, PrintStream out, PrintStream err) throws IOException {
        TriageEngine engine = TriageEngine.builder().build();     // compiles the default rules: do it once
        CaseReader reader = new CaseReader();                      // strict contract v1 reader, thread-safe
        for (String file : args) {
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                reader.read(in, file, record -> {                  // streams an object, array or JSON Lines
                    if (record.isValid()) {
                        Assessment assessment = engine.assess(record.value());   // thread-safe, no I/O
                        out.println(KasuharaJson.toJson(assessment));             // Assessment v1, one line
                    } else {
                        err.println(record.problem());             // file:line: path: message
                    }
                });
            }
        }
    }
}
