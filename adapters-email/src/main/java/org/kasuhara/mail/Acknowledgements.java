// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic replies: one for an accepted message (receipt number, verification by the counter, no progress
 * enquiries) and one for a message that is not accepted (threats or slander: kept as evidence and reported to the
 * police). Each reply is Japanese first, English second, from four editable UTF-8 files: {@code accepted.ja.txt},
 * {@code accepted.en.txt}, {@code not-accepted.ja.txt}, {@code not-accepted.en.txt}. A file starts with a
 * {@code Subject:} line, then the body; placeholders are {@code {{receipt}}} and {@code {{receivedAt}}}.
 */
public final class Acknowledgements {
    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("receipt", "receivedAt");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");
    private final Map<Kind, Template> ja;
    private final Map<Kind, Template> en;

    private Acknowledgements(Map<Kind, Template> ja, Map<Kind, Template> en) {
        this.ja = ja;
        this.en = en;
    }

    /** @return the built-in templates */
    public static Acknowledgements defaults() {
        return load(null);
    }

    /**
     * Templates from a folder; a file the folder lacks comes from the built-in ones.
     *
     * @param directory the folder of edited templates
     * @return the templates
     * @throws IllegalArgumentException when a template has no {@code Subject:} line or an unknown placeholder
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static Acknowledgements directory(Path directory) {
        return load(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Writes the built-in templates into a folder, to edit them.
     *
     * @param directory the folder, created when missing; existing files are kept
     * @throws IOException when writing fails
     */
    public static void copyDefaults(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Kind kind : Kind.values()) {
            for (String lang : new String[] {"ja", "en"}) {
                Path target = directory.resolve(kind.file + "." + lang + ".txt");
                if (!Files.exists(target)) {
                    Files.writeString(target, builtIn(kind.file + "." + lang + ".txt"));
                }
            }
        }
    }

    /**
     * @param kind       which reply
     * @param receipt    the receipt number
     * @param receivedAt when the message was received
     * @return the reply, Japanese then English
     */
    public OutgoingMail render(Kind kind, String receipt, OffsetDateTime receivedAt) {
        Map<String, String> values = Map.of("receipt", receipt, "receivedAt", WHEN.format(receivedAt));
        Template j = ja.get(kind).fill(values);
        Template e = en.get(kind).fill(values);
        return OutgoingMail.text(j.subject() + " / " + e.subject(), j.body() + "\n\n----------\n\n" + e.body());
    }

    private static Acknowledgements load(Path directory) {
        Map<Kind, Template> ja = new EnumMap<>(Kind.class);
        Map<Kind, Template> en = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            ja.put(kind, read(directory, kind.file + ".ja.txt"));
            en.put(kind, read(directory, kind.file + ".en.txt"));
        }
        return new Acknowledgements(ja, en);
    }

    private static Template read(Path directory, String name) {
        try {
            Path file = directory == null ? null : directory.resolve(name);
            String text = file != null && Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : builtIn(name);
            return Template.parse(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name, e);
        }
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = Acknowledgements.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IOException("built-in template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The two replies. */
    public enum Kind {
        /** The message was received and will be verified. */
        ACCEPTED("accepted"),
        /** The message threatens or slanders: not accepted, kept as evidence and reported to the police. */
        NOT_ACCEPTED("not-accepted");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private record Template(String subject, String body) {
        static Template parse(String name, String text) {
            String normalised = text.replace("\r\n", "\n").stripLeading();
            if (!normalised.startsWith("Subject:")) {
                throw new IllegalArgumentException(name + ": the first line must be \"Subject: …\"");
            }
            int eol = normalised.indexOf('\n');
            String subject = (eol < 0 ? normalised : normalised.substring(0, eol)).substring(8).strip();
            String body = eol < 0 ? "" : normalised.substring(eol + 1).strip();
            Matcher m = PLACEHOLDER.matcher(subject + body);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new IllegalArgumentException(name + ": unknown placeholder {{" + m.group(1)
                            + "}}; known: " + PLACEHOLDERS);
                }
            }
            return new Template(subject, body);
        }

        Template fill(Map<String, String> values) {
            return new Template(replace(subject, values), replace(body, values));
        }

        private static String replace(String text, Map<String, String> values) {
            return PLACEHOLDER.matcher(text).replaceAll(r -> Matcher.quoteReplacement(values.get(r.group(1))));
        }
    }
}
