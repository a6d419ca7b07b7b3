// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In front of every servlet of the counter: security headers on every response, a per-client rate limit (429 with
 * {@code Retry-After}; the client behind a trusted proxy is read from {@code X-Forwarded-For}), and the request size limit (a body must declare its length: 411 without, 413 when larger
 * than the limit; the servlets then read no more than declared).
 */
public final class SecurityFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** No inline script or style anywhere: pages load only this origin's stylesheet, images and the chart's SVG. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /**
     * The headers every answer carries: set here for the servlets wherever they are mounted, and by
     * {@link SecurityHeaders} on the answers Jetty writes itself in the standalone server.
     */
    static final java.util.Map<String, String> HEADERS = java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(java.util.Map.of(
                    "Content-Security-Policy", CSP,
                    "X-Content-Type-Options", "nosniff",
                    "X-Frame-Options", "DENY",
                    "Referrer-Policy", "no-referrer",
                    "Cross-Origin-Opener-Policy", "same-origin",
                    "Permissions-Policy", "camera=(), microphone=(), geolocation=()",
                    "Cache-Control", "no-store")));

    private final transient WebContext web;
    private final transient RateLimiter limiter;
    private final transient ClientAddress clients;

    /**
     * @param web the counter's shared state
     */
    public SecurityFilter(WebContext web) {
        this.web = web;
        this.limiter = new RateLimiter(web.settings().ratePerMinute(), web.settings().rateBurst(), System::nanoTime);
        this.clients = new ClientAddress(web.settings().trustedProxies());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        long wait = limiter.acquire(clients.of(request));
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            Errors.send(request, response, 429, "rate_limited", "too many requests; retry after " + wait + " s");
            return;
        }
        if (hasBody(request)) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                Errors.send(request, response, 411, "length_required", "a request body must declare its length");
                return;
            }
            if (length > web.settings().maxRequestBytes()) {
                response.setHeader("Connection", "close");
                Errors.send(request, response, 413, "too_large",
                        "request body of " + length + " bytes exceeds the limit of "
                                + web.settings().maxRequestBytes());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }
}
