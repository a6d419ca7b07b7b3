// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.kasuhara.json.internal.RecordingReader;
import org.kasuhara.json.internal.ProblemDescriber;
import org.kasuhara.model.Case;

/**
 * Reads cases (contract v1) from one JSON object, a JSON array, a sequence of objects, or JSON Lines.
 *
 * <p>Each record is validated on its own: a bad record yields an {@link InputProblem} naming the line and the
 * field path, and reading goes on with the next record, so nothing already accepted is lost. JSON Lines are
 * streamed line by line; a syntax error in an array or a multi-line document stops that document (its position
 * is reported), because the records after it cannot be found reliably.
 */
public final class CaseReader {
    private static final int MAX_FIRST_LINE = 16 * 1024 * 1024;
    private final ObjectReader reader = KasuharaJson.mapper().readerFor(Case.class);
    private final ObjectReader treeReader = KasuharaJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Reads every record, passing each to {@code sink} in input order.
     *
     * @param in     the input; not closed
     * @param source the file name used in problems ({@code -} for standard input)
     * @param sink   receives each record, valid or not
     * @throws UncheckedIOException when the input cannot be read
     */
    public void read(Reader in, String source, Consumer<CaseRecord> sink) {
        readWithText(in, source, (record, text) -> sink.accept(record), false);
    }

    /**
     * Reads every record as {@link #read} does, and passes each with its original text exactly as it stands in the
     * input (a JSON Lines line, or an object of an array or document from its opening to its closing brace), so
     * that a store can keep the evidence as received. The text is {@code null} for a record whose end could not be
     * found (a syntax error).
     *
     * @param in     the input; not closed
     * @param source the file name used in problems
     * @param sink   receives each record and its text
     * @throws UncheckedIOException when the input cannot be read
     */
    public void readWithText(Reader in, String source, BiConsumer<CaseRecord, String> sink) {
        readWithText(in, source, sink, true);
    }

    private void readWithText(Reader in, String source, BiConsumer<CaseRecord, String> sink, boolean keepText) {
        try {
            BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
            buffered.mark(MAX_FIRST_LINE);
            int first = skipBlank(buffered);
            buffered.reset();
            if (first != '[' && isJsonLines(buffered)) {
                readLines(buffered, source, sink);
            } else if (keepText) {
                RecordingReader recording = new RecordingReader(buffered);
                readDocument(recording, source, sink, recording);
            } else {
                readDocument(buffered, source, sink, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads every record into a list.
     *
     * @param in     the input; not closed
     * @param source the file name used in problems
     * @return the records in input order
     */
    public List<CaseRecord> readAll(Reader in, String source) {
        List<CaseRecord> records = new ArrayList<>();
        read(in, source, records::add);
        return records;
    }

    /**
     * Reads exactly one valid case from a JSON text.
     *
     * @param json the case as JSON
     * @return the case
     * @throws InvalidCaseException when the text is not exactly one valid case
     */
    public Case readOne(String json) {
        List<CaseRecord> records = new ArrayList<>();
        try {
            // One text in memory is one document: no need to tell JSON Lines apart, and no read-ahead mark (whose
            // buffer BufferedReader allocates at its full 16 MiB limit when it reaches the end of the text).
            readDocument(new StringReader(json), "<json>", (record, text) -> records.add(record), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a string", e);
        }
        List<InputProblem> problems = records.stream().filter(r -> !r.isValid()).map(CaseRecord::problem).toList();
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        if (records.size() != 1) {
            throw new InvalidCaseException(List.of(new InputProblem("<json>", 1, "",
                    "expected exactly one case, found " + records.size())));
        }
        return records.get(0).value();
    }

    private static int skipBlank(Reader in) throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
        return c;
    }

    /** JSON Lines when the first non-blank line holds a whole object; a pretty-printed object does not. */
    private boolean isJsonLines(BufferedReader in) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.isBlank());
        in.reset();
        if (line == null) {
            return true;
        }
        String trimmed = line.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}");
    }

    private void readLines(BufferedReader in, String source, BiConsumer<CaseRecord, String> sink)
            throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                sink.accept(bind(line, source, number), line);
            }
        }
    }

    private CaseRecord bind(String line, String source, int number) {
        try {
            return CaseRecord.valid(number, reader.readValue(line));
        } catch (JsonProcessingException e) {
            return CaseRecord.invalid(problem(source, number, e));
        }
    }

    private void readDocument(Reader in, String source, BiConsumer<CaseRecord, String> sink,
            RecordingReader recording) throws IOException {
        try (JsonParser parser = KasuharaJson.mapper().createParser(in)) {
            JsonToken token = parser.nextToken();
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    sink.accept(CaseRecord.invalid(new InputProblem(source, line, "",
                            "expected a case object, found " + parser.getText())), null);
                    parser.skipChildren();
                } else {
                    long start = parser.currentTokenLocation().getCharOffset();
                    JsonNode node = treeReader.readTree(parser);
                    String text = recording == null ? null
                            : recording.take(start, parser.currentLocation().getCharOffset());
                    sink.accept(convert(node, source, line), text);
                }
                token = parser.nextToken();
            }
            if (array && parser.nextToken() != null) {
                sink.accept(CaseRecord.invalid(new InputProblem(source, parser.currentTokenLocation().getLineNr(),
                        "", "unexpected content after the array")), null);
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.accept(CaseRecord.invalid(problem(source, line, e)), null);
        }
    }

    private CaseRecord convert(JsonNode node, String source, int line) {
        try {
            return CaseRecord.valid(line, reader.treeToValue(node, Case.class));
        } catch (JsonProcessingException e) {
            return CaseRecord.invalid(problem(source, line, e));
        } catch (IllegalArgumentException e) {
            return CaseRecord.invalid(new InputProblem(source, line, "", e.getMessage()));
        }
    }

    private static InputProblem problem(String source, int line, JsonProcessingException error) {
        String[] described = ProblemDescriber.describe(error);
        return new InputProblem(source, line, described[0], described[1]);
    }
}
