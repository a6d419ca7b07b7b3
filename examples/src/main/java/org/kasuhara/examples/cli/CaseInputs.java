package org.kasuhara.examples.cli;

import java.io.BufferedReader;
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
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.CaseRecord;

/**
 * Opens the inputs named on the command line ({@code -} is standard input), UTF-8, and streams their records.
 * File names are used exactly as given, relative to the caller's working directory, in every message.
 */
final class CaseInputs {
    /** The argument that stands for standard input. */
    static final String STDIN = "-";

    private final CaseReader reader = new CaseReader();
    private final InputStream stdin;
    private final PrintWriter err;
    private final Labels labels;

    CaseInputs(InputStream stdin, PrintWriter err, Labels labels) {
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
    boolean read(String input, Consumer<CaseRecord> sink) {
        return read(input, (record, text) -> sink.accept(record), false);
    }

    /**
     * Streams every record of one input with its original text (for storing evidence exactly as received).
     *
     * @param input a file name, or {@code -}
     * @param sink  receives the records and their texts in input order
     * @return {@code false} when the input could not be read (the reason is on standard error)
     */
    boolean readWithText(String input, BiConsumer<CaseRecord, String> sink) {
        return read(input, sink, true);
    }

    private boolean read(String input, BiConsumer<CaseRecord, String> sink, boolean withText) {
        try {
            if (STDIN.equals(input)) {
                // standard input is not ours to close
                parse(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), input, sink,
                        withText);
            } else {
                try (BufferedReader in = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
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

    private void parse(BufferedReader in, String input, BiConsumer<CaseRecord, String> sink, boolean withText) {
        if (withText) {
            reader.readWithText(in, input, sink);
        } else {
            reader.read(in, input, record -> sink.accept(record, null));
        }
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
