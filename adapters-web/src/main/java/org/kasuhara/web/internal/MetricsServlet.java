// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kasuhara.web.MetricsScrape;

/** {@code /metrics}: the meters, for the counter staff's key only (an organisation's key gets 403). */
public final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient WebContext web;
    private final transient MetricsScrape metrics;

    /**
     * @param web     the counter
     * @param metrics what to serve
     */
    public MetricsServlet(WebContext web, MetricsScrape metrics) {
        this.web = web;
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Principal> principal = request.getHeader("Authorization") == null ? Optional.empty()
                : web.access().of(request);
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kasuhara\"");
            Errors.send(request, response, 401, "unauthorized",
                    "the staff key is required (Authorization: Bearer KEY)");
            return;
        }
        if (!principal.get().isStaff()) {
            Errors.send(request, response, 403, "forbidden", "only the counter staff's key reads the metrics");
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(metrics.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
