// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.CaseRecord;

/**
 * Opens the inputs named on the command line ({@code -} is standard input), UTF-8, and streams their records.
 * File names are used exactly as given, relative to the caller's working directory, in every message.
 */
public final class CaseInputs {
    /** The argument that stands for standard input. */
    public static final String STDIN = "-";

    private final CaseReader reader = new CaseReader();
    private final InputStream stdin;
    private final PrintWriter err;
    private final Labels labels;

    public CaseInputs(InputStream stdin, PrintWriter err, Labels labels) {
        this.stdin = stdin;
        this.err = err;
        this.labels = labels;
    }

    /**
     * Streams every record of one input to {@code sink}, valid or not.
     *
     * @param input a file name, or {@code -}
     * @param sink  receives the records in input order
     * @return {@code false} when the input could not be read (the reason is on standard error)
     */
    public boolean read(String input, Consumer<CaseRecord> sink) {
        return read(input, sink, null);
    }

    /**
     * Streams every record of one input to {@code sink}, valid or not, telling {@code bytesRead} how many bytes
     * were taken from the input as it goes (for a progress display; the reader reads ahead by a buffer's length).
     *
     * @param input     a file name, or {@code -}
     * @param sink      receives the records in input order
     * @param bytesRead receives each count of bytes read, on the calling thread; {@code null} for none
     * @return {@code false} when the input could not be read (the reason is on standard error)
     */
    public boolean read(String input, Consumer<CaseRecord> sink, LongConsumer bytesRead) {
        return read(input, (record, text) -> sink.accept(record), false, bytesRead);
    }

    /**
     * Streams every record of one input with its original text (for storing evidence exactly as received).
     *
     * @param input a file name, or {@code -}
     * @param sink  receives the records and their texts in input order
     * @return {@code false} when the input could not be read (the reason is on standard error)
     */
    public boolean readWithText(String input, BiConsumer<CaseRecord, String> sink) {
        return read(input, sink, true, null);
    }

    private boolean read(String input, BiConsumer<CaseRecord, String> sink, boolean withText, LongConsumer bytesRead) {
        try {
            if (STDIN.equals(input)) {
                // standard input is not ours to close
                parse(new BufferedReader(new InputStreamReader(counted(stdin, bytesRead), StandardCharsets.UTF_8)),
                        input, sink, withText);
            } else {
                // the reader Files.newBufferedReader builds (a decoder of its own reports invalid UTF-8 instead of
                // replacing it), over a stream that counts the bytes read when asked to
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        counted(Files.newInputStream(Path.of(input)), bytesRead),
                        StandardCharsets.UTF_8.newDecoder()))) {
                    parse(in, input, sink, withText);
                }
            }
            return true;
        } catch (IOException e) {
            return cannotRead(input, e);
        } catch (UncheckedIOException e) {
            return cannotRead(input, e.getCause());
        }
    }

    /** Reads every record; an input without any is said so and counts as unreadable (never a silent success). */
    private void parse(BufferedReader in, String input, BiConsumer<CaseRecord, String> sink, boolean withText)
            throws IOException {
        // A byte order mark, as Windows editors and Excel's "CSV UTF-8" write it, is not part of the JSON
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        int[] records = {0};
        BiConsumer<CaseRecord, String> counting = (record, text) -> {
            records[0]++;
            sink.accept(record, text);
        };
        if (withText) {
            reader.readWithText(in, input, counting);
        } else {
            reader.read(in, input, record -> counting.accept(record, null));
        }
        if (records[0] == 0) {
            throw new IOException(labels.of("空のファイルです。案件がありません", "an empty file, no cases"));
        }
    }

    private static InputStream counted(InputStream in, LongConsumer bytesRead) {
        if (bytesRead == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.accept(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.accept(n);
                }
                return n;
            }
        };
    }

    private boolean cannotRead(String input, IOException e) {
        err.println(input + ": " + labels.of("読み込めません", "cannot read") + " (" + reason(e) + ")");
        err.flush();
        return false;
    }

    private String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return labels.of("ファイルがありません", "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return labels.of("アクセスが拒否されました", "permission denied");
        }
        if (e instanceof CharacterCodingException) {
            return labels.of("UTF-8 ではありません", "not valid UTF-8");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
