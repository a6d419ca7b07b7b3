// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conjugated and polite forms of Japanese lexicon terms, kept in a plain text file between processes, so that
 * a process whose lexicons were seen before builds its analyser without loading the Kuromoji dictionary (about a
 * quarter of a second) or tokenizing any term. One line a spelling: the spelling, then each form as
 * {@code text:reported}, tab-separated; the first line names the build the forms were made by, and a file of another
 * build is ignored. Plain text on purpose: reading it runs no code. A file that does not parse is ignored whole.
 */
public final class TermFormsFile {
    private TermFormsFile() {
    }

    /**
     * Reads the forms a file holds, if it was written by the same build.
     *
     * @param file  the file
     * @param build what identifies this build
     * @return {@code true} when forms were read
     */
    public static boolean load(Path file, String build) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8), build);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Takes the forms of a text in this format, if it was written by the same build (a packaged copy).
     *
     * @param text  the file's content
     * @param build what identifies this build
     * @return {@code true} when forms were taken
     */
    public static boolean load(String text, String build) {
        try {
            Map<String, List<SurfaceForm>> forms = parse(text, build);
            if (forms == null) {
                return false;
            }
            JapaneseTermForms.remember(forms);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes every form known in this process, atomically.
     *
     * @param file  the file
     * @param build what identifies this build
     * @throws IOException when the file cannot be written
     */
    public static void save(Path file, String build) throws IOException {
        StringBuilder out = new StringBuilder(header(build)).append('\n');
        new TreeMap<>(JapaneseTermForms.known()).forEach((spelling, forms) -> {
            out.append(spelling);
            for (SurfaceForm form : forms) {
                out.append('\t').append(form.text()).append(':').append(form.reported());
            }
            out.append('\n');
        });
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "term-forms", ".tmp");
        Files.writeString(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return how many spellings this process knows the forms of */
    public static int known() {
        return JapaneseTermForms.knownCount();
    }

    private static String header(String build) {
        return "# kasuhara term forms 1 " + Integer.toHexString(build.hashCode()) + " " + build.length();
    }

    private static Map<String, List<SurfaceForm>> parse(String text, String build) throws IOException {
        BufferedReader lines = new BufferedReader(new StringReader(text));
        if (!header(build).equals(lines.readLine())) {
            return null;
        }
        Map<String, List<SurfaceForm>> forms = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] fields = line.split("\t", -1);
            List<SurfaceForm> list = new ArrayList<>(fields.length - 1);
            for (int i = 1; i < fields.length; i++) {
                int colon = fields[i].lastIndexOf(':');
                list.add(new SurfaceForm(fields[i].substring(0, colon),
                        Integer.parseInt(fields[i].substring(colon + 1))));
            }
            forms.put(fields[0], List.copyOf(list));
        }
        return forms;
    }
}
