// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The stylesheet ({@code /static/kasuhara.css}); the bundled Japanese font ({@code /static/fonts/ipaexg.ttf}, IPAex
 * Gothic, with its licence beside it) which the stylesheet names for Japanese characters only, so that a browser with
 * no Japanese font (a kiosk, a fresh Linux) still shows the pages in Japanese and others never download it; and a
 * redirect from the root to the form.
 */
public final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] CSS = ClasspathBytes.read("/org/kasuhara/web/static/kasuhara.css");
    private static final String FONT = "/static/fonts/ipaexg.ttf";
    private static final String LICENCE = "/static/fonts/IPA_Font_License_Agreement_v1.0.txt";

    /** Read on first use (6 MB). */
    private static final class Font {
        static final byte[] BYTES = ClasspathBytes.read("/org/kasuhara/pdf/fonts/ipaexg.ttf");
        static final byte[] LICENCE = ClasspathBytes.read("/org/kasuhara/pdf/fonts/IPA_Font_License_Agreement_v1.0.txt");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/form");
            return;
        }
        switch (path) {
            case "/static/kasuhara.css" -> send(response, "text/css;charset=UTF-8", "public, max-age=3600", CSS);
            case FONT -> send(response, "font/ttf", "public, max-age=604800, immutable", Font.BYTES);
            case LICENCE -> send(response, "text/plain;charset=UTF-8", "public, max-age=604800", Font.LICENCE);
            default -> response.sendError(404);
        }
    }

    private static void send(HttpServletResponse response, String type, String cache, byte[] body)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", cache);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
