// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kasuhara.engine.ReloadingTriageEngine;

/**
 * Probes for a container platform, outside the rate limit (a platform probes every few seconds from one address):
 * {@code /healthz} answers 200 while the process serves requests; {@code /readyz} answers 200 when the rules are
 * loaded (and still watched, if a folder is) and the case store answers, else 503 with the reason.
 */
public final class ProbeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** A well-formed receipt no store issues: looking it up reaches the database without reading a case. */
    private static final String PROBE_RECEIPT = "KH-00000000";
    private final transient WebContext web;

    /** @param web the counter */
    public ProbeServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if ("/healthz".equals(request.getServletPath())) {
            send(response, 200, "ok");
            return;
        }
        if (web.engine() instanceof ReloadingTriageEngine reloading && !reloading.isWatching()) {
            send(response, 503, "rules: the rule folder is no longer watched");
            return;
        }
        try {
            web.store().find(PROBE_RECEIPT);
        } catch (RuntimeException e) {
            // the exception's message may name the database; its type is enough for a probe
            send(response, 503, "store: unavailable (" + e.getClass().getSimpleName() + ")");
            return;
        }
        send(response, 200, "ready: " + web.engine().ruleSet().ref().version());
    }

    private static void send(HttpServletResponse response, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
