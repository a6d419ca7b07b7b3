// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kasuhara.cases.webhooks.DeliveryStatus;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;

/**
 * {@code GET /webhooks/deliveries?status=PENDING|DELIVERED|FAILED&limit=N}: the webhook delivery log for operators
 * (staff key only), newest first, with the count in each status. It shows receipts, endpoint names, attempts and the
 * last error; never payloads, URLs or secrets. {@code POST /webhooks/deliveries/{id}/retry} sends a FAILED delivery
 * again (a new series of attempts, the same {@code webhook-id}): 404 for an unknown id, 409 unless it failed.
 */
final class WebhookDeliveriesApi {
    static final java.util.regex.Pattern RETRY = java.util.regex.Pattern.compile("/webhooks/deliveries/([0-9]{1,18})/retry");

    private WebhookDeliveriesApi() {
    }

    /** Sends the delivery of {@code path} ({@link #RETRY}) again. */
    static void retry(WebContext web, String path, HttpServletRequest request, HttpServletResponse response,
            Principal principal) throws IOException {
        Optional<WebhookOutbox> outbox = outbox(web, request, response, principal);
        if (outbox.isEmpty()) {
            return;
        }
        java.util.regex.Matcher m = RETRY.matcher(path);
        m.matches();
        long id = Long.parseLong(m.group(1));
        Optional<org.kasuhara.cases.webhooks.DeliveryRecord> found = outbox.get().delivery(id);
        if (found.isEmpty()) {
            Errors.send(request, response, 404, "not_found", "no such delivery");
            return;
        }
        if (!outbox.get().retry(id, web.clock().instant())) {
            Errors.send(request, response, 409, "not_failed", "status: the delivery is " + found.get().status()
                    + "; only a FAILED delivery is sent again");
            return;
        }
        Json.write(response, outbox.get().delivery(id).orElseThrow());
    }

    static void handle(WebContext web, HttpServletRequest request, HttpServletResponse response, Principal principal)
            throws IOException {
        Optional<WebhookOutbox> outbox = outbox(web, request, response, principal);
        if (outbox.isEmpty()) {
            return;
        }
        String status = request.getParameter("status");
        DeliveryStatus only = null;
        if (status != null) {
            try {
                only = DeliveryStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                Errors.send(request, response, 400, "invalid_parameter",
                        "status: expected PENDING, DELIVERED or FAILED");
                return;
            }
        }
        int limit = ApiServlet.limit(request.getParameter("limit"));
        if (limit < 0) {
            Errors.send(request, response, 400, "invalid_parameter", "limit: expected a whole number from 1 to "
                    + ApiServlet.MAX_PAGE);
            return;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("counts", outbox.get().counts());
        view.put("deliveries", outbox.get().deliveries(only, limit));
        Json.write(response, view);
    }

    /** The log, or empty after answering 403 (not the staff key) or 404 (no webhooks). */
    private static Optional<WebhookOutbox> outbox(WebContext web, HttpServletRequest request,
            HttpServletResponse response, Principal principal) throws IOException {
        if (!principal.isStaff()) {
            Errors.send(request, response, 403, "staff_key_required", "only the counter's staff key may use the"
                    + " webhook deliveries");
            return Optional.empty();
        }
        if (web.webhooks().isEmpty()) {
            Errors.send(request, response, 404, "webhooks_not_configured", "webhooks are not configured on this"
                    + " server");
        }
        return web.webhooks();
    }
}
