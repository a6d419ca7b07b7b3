// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code findings.csv} from {@code findings.jsonl}, for spreadsheets: UTF-8 with a byte order mark (Excel
 * reads Japanese correctly only with it), RFC 4180 quoting, CRLF line ends, one row per finding with the columns
 * {@code caller, organization, calls, rule, finding}. A cell that a spreadsheet would take for a formula (one that
 * begins with {@code =}, {@code @}, a tab or a carriage return, or with {@code +} or {@code -} and is not a phone
 * number) is written with a leading apostrophe, as the OWASP "CSV Injection" page advises.
 */
final class FindingsCsv {
    static final String HEADER = "caller,organization,calls,rule,finding";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsCsv() {
    }

    static void write(Path findingsJsonl, Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(findingsJsonl, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(HEADER + "\r\n");
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode caller = JSON.readTree(line);
                for (JsonNode finding : caller.path("findings")) {
                    String text = finding.asText();
                    int colon = text.indexOf(": ");
                    out.write(cell(caller.path("caller").asText()) + ',' + cell(caller.path("organization").asText(""))
                            + ',' + caller.path("calls").asLong() + ',' + cell(colon < 0 ? "" : text.substring(0, colon))
                            + ',' + cell(colon < 0 ? text : text.substring(colon + 2)) + "\r\n");
                }
            }
        }
    }

    /** One cell: neutralised if a spreadsheet would run it, quoted if it holds a delimiter, quote or line break. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && isFormula(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isFormula(String v) {
        char first = v.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return (first == '+' || first == '-') && !v.matches("[+\\-]?[0-9][0-9 ()\\-]*");
    }
}
