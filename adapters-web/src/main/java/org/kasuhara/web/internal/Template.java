// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page template from {@code org/kasuhara/web/templates/NAME.html}. {@code {{key}}} is replaced by a value,
 * escaped; {@code {{{key}}}} by an HTML fragment built by this package; {@code {{m:key}}} by a message in the
 * page's language, escaped. An unknown key is an error, so that a typo never renders as an empty field.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z0-9_.:-]+)}}}?");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Template() {
    }

    static String render(String name, Messages messages, Map<String, ?> values) {
        String source = CACHE.computeIfAbsent(name, Template::load);
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 512);
        while (m.find()) {
            boolean raw = !m.group(1).isEmpty();
            String key = m.group(2);
            String value;
            if (key.startsWith("m:")) {
                value = Html.escape(messages.get(key.substring(2)));
            } else if (values.containsKey(key)) {
                Object v = values.get(key);
                value = raw ? String.valueOf(v) : Html.escape(v == null ? "" : String.valueOf(v));
            } else {
                throw new IllegalStateException("template " + name + " has no value for " + key);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String name) {
        try (InputStream in = Template.class.getResourceAsStream("/org/kasuhara/web/templates/" + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
