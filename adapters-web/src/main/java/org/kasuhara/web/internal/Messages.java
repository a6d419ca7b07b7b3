// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The counter's texts in Japanese (default) and English, from {@code messages_ja.properties} and
 * {@code messages_en.properties} (UTF-8). A missing key fails loudly.
 */
final class Messages {
    static final Messages JA = load("ja");
    static final Messages EN = load("en");

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The page language: {@code ?lang=en} or {@code lang=en} in a form, Japanese otherwise. */
    static Messages of(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? EN : JA;
    }

    String language() {
        return language;
    }

    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no " + language + " message " + key);
        }
        return text;
    }

    private static Messages load(String language) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/kasuhara/web/messages_" + language
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(language, p);
    }
}
