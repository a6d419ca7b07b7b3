package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The stylesheet ({@code /static/kasuhara.css}), and a redirect from the root to the form. */
public final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] CSS = ClasspathBytes.read("/org/kasuhara/web/static/kasuhara.css");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/form");
            return;
        }
        if (!path.equals("/static/kasuhara.css")) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(CSS.length);
        response.getOutputStream().write(CSS);
    }
}
