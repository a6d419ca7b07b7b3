// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of the model's types, read from their source files, so that the schemas' descriptions are the code's
 * own words: a type's first paragraph, each record component's {@code @param} and each enum constant's comment.
 */
final class SourceJavadoc {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("^@param\\s+(\\w+)\\s+(.*?)(?=^@|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);

    private SourceJavadoc() {
    }

    /** The first paragraph of the Javadoc right before the declaration of {@code type}, in plain text. */
    static String typeDescription(Class<?> type) {
        String comment = typeComment(type);
        String body = comment.split("\\n\\s*\\n|@param|<p>", 2)[0];
        return plain(body);
    }

    /** Each record component's {@code @param} text, in plain text. */
    static Map<String, String> params(Class<?> type) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(typeComment(type));
        while (m.find()) {
            params.put(m.group(1), plain(m.group(2)));
        }
        return params;
    }

    /** The comment before each constant of an enum, in plain text. */
    static Map<String, String> constants(Class<? extends Enum<?>> type) {
        String source = source(type);
        Map<String, String> constants = new LinkedHashMap<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*" + constant.name() + "\\s*[,;(}]",
                    Pattern.DOTALL).matcher(source);
            if (m.find()) {
                constants.put(constant.name(), plain(m.group(1)).replaceAll("\\.$", ""));
            }
        }
        return constants;
    }

    private static String typeComment(Class<?> type) {
        String source = source(type);
        Matcher declaration = Pattern.compile("\\n\\s*public\\s+(?:final\\s+)?(?:record|enum|class|interface)\\s+"
                + type.getSimpleName() + "\\b").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("no declaration of " + type.getName());
        }
        String before = source.substring(0, declaration.start());
        String last = null;
        Matcher comments = COMMENT.matcher(before);
        while (comments.find()) {
            last = comments.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("no Javadoc on " + type.getName());
        }
        return last.replaceAll("(?m)^\\s*\\* ?", "");
    }

    private static String source(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        try {
            return Files.readString(SOURCES.resolve(top.getName().replace('.', '/') + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String javadoc) {
        return javadoc.replaceAll("(?m)^\\s*\\* ?", "")
                .replaceAll("\\{@(?:code|link|literal)\\s+#?([^}]*)}", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
