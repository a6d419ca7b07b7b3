// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.kasuhara.pdf.JapaneseFont;

/**
 * {@code GET /leaflet.pdf}: the printable leaflet with the QR code of the form's address, the configured
 * {@code publicUrl} or else this server's own address.
 */
public final class LeafletServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient WebContext web;
    private final transient JapaneseFont font;

    /**
     * @param web the counter's shared state
     */
    public LeafletServlet(WebContext web) {
        this.web = web;
        String configured = web.settings().get("leafletFont");
        // resolved at start-up: a configured font that cannot be used stops the start, never falls back silently
        this.font = configured == null || configured.isBlank() ? JapaneseFont.configuredOrBundled()
                : JapaneseFont.file(Path.of(configured.strip()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = web.settings().publicUrl();
        if (url == null) {
            url = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath() + "/form";
        }
        byte[] pdf = Leaflet.render(url, font);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"kasuhara-leaflet.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
