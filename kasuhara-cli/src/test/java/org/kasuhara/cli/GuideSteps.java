// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a guide written in Markdown: each fenced block preceded by {@code <!-- guide: KIND [ARG] -->} is a
 * step (run commands, show their output, write, append to or edit a file, show compiled Java). The comment is
 * invisible to readers; the tests replay the steps in order, so the guide cannot drift from the tool.
 *
 * @param kind      {@code run}, {@code output}, {@code write}, {@code append}, {@code edit} or {@code java}
 * @param argument  the file, or {@code exit=N} for {@code run}; empty when none
 * @param body      the fenced block's text
 * @param line      the line of the directive in the guide
 */
public record GuideSteps(String kind, String argument, String body, int line) {
    private static final Pattern STEP = Pattern.compile(
            "<!-- guide: (\\w+)(?: ([^>]*?))? -->\\R```[\\w-]*\\R(.*?)\\R```", Pattern.DOTALL);

    public static List<GuideSteps> of(Path guide) {
        String text;
        try {
            text = Files.readString(guide);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GuideSteps> steps = new ArrayList<>();
        Matcher m = STEP.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            steps.add(new GuideSteps(m.group(1), m.group(2) == null ? "" : m.group(2).strip(), m.group(3), line));
        }
        return steps;
    }

    /** @return where this step is, for assertion messages */
    public String where(Path guide) {
        return guide.getFileName() + ":" + line + " (" + kind + " " + argument + ")";
    }
}
