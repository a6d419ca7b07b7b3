// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/**
 * Writes a rules workspace: every file of a rule source (the default rules, whether they sit in a folder or
 * inside the CLI's jar) plus a bilingual {@code README.md}. Nothing is overwritten unless the caller asked for it.
 */
public final class RuleSetWorkspace {
    public static final String README = "README.md";
    public static final String MANIFEST = "ruleset.yaml";
    private static final String README_TEMPLATE = "workspace-README.md";
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^name:.*$");
    /** Names YAML reads as plain strings without quotes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private RuleSetWorkspace() {
    }

    /**
     * Whether a folder would be overwritten: it exists and holds anything, hidden files included.
     *
     * @param directory the folder
     * @return {@code true} when it exists and is not empty
     * @throws IOException when it cannot be listed
     */
    public static boolean isNonEmpty(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        }
    }

    /**
     * Copies every file of {@code source} into {@code directory}, creating it and its parents, and writes the README.
     *
     * @param source    the rule set to copy
     * @param directory the workspace folder
     * @param name      the rule set's new name, or {@code null} to keep the source's
     * @return the paths written, relative to the folder, with {@code /} separators
     * @throws IOException when a file cannot be written
     */
    public static List<String> create(RuleSource source, Path directory, String name) throws IOException {
        List<String> written = new ArrayList<>();
        Files.createDirectories(directory);
        for (RuleFile file : source.files()) {
            byte[] content = file.path().equals(MANIFEST) && name != null
                    ? rename(file.text(), name).getBytes(StandardCharsets.UTF_8) : file.content();
            write(directory, file.path(), content);
            written.add(file.path());
        }
        write(directory, README, readme());
        if (!written.contains(README)) {
            written.add(README);
        }
        return List.copyOf(written);
    }

    /**
     * Sets the {@code name:} of a {@code ruleset.yaml}, quoting it when YAML would not read it as plain text.
     *
     * @param manifest the file's text
     * @param name     the new name; not blank, one line
     * @return the new text
     */
    public static String rename(String manifest, String name) {
        String value = PLAIN_NAME.matcher(name).matches() ? name
                : '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        String line = "name: " + value;
        Matcher matcher = NAME_LINE.matcher(manifest);
        return matcher.find() ? matcher.replaceFirst(Matcher.quoteReplacement(line)) : line + "\n" + manifest;
    }

    private static void write(Path directory, String relative, byte[] content) throws IOException {
        Path target = directory.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    private static byte[] readme() {
        try (InputStream in = RuleSetWorkspace.class.getResourceAsStream(README_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + README_TEMPLATE + " in the CLI");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
