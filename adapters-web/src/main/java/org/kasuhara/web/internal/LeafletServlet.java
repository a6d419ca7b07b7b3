package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /leaflet.pdf}: the printable leaflet with the QR code of the form's address, the configured
 * {@code publicUrl} or else this server's own address.
 */
public final class LeafletServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient WebContext web;

    /**
     * @param web the counter's shared state
     */
    public LeafletServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = web.settings().publicUrl();
        if (url == null) {
            url = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath() + "/form";
        }
        byte[] pdf = Leaflet.render(url, web.settings().get("leafletFont"));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"kasuhara-leaflet.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
