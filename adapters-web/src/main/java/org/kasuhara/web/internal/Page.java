// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a page inside the common layout (lang attribute, language switch, stylesheet). */
final class Page {
    private Page() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Messages messages, String title,
            String switchPath, String content) throws IOException {
        write(request, response, messages, title, switchPath, content, false);
    }

    /** Writes a page; a wide one (the staff's working pages) uses the whole width of the screen. */
    static void write(HttpServletRequest request, HttpServletResponse response, Messages messages, String title,
            String switchPath, String content, boolean wide) throws IOException {
        String base = request.getContextPath();
        String other = "en".equals(messages.language()) ? "ja" : "en";
        String html = Template.render("layout", messages, Map.of("lang", messages.language(), "title", title,
                "base", base, "otherLang", other, "switchHref", base + switchPath + "?lang=" + other,
                "content", content, "mainClass", wide ? " class=\"wide\"" : ""));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
