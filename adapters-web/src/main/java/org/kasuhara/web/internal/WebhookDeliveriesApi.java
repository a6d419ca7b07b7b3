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
 * last error; never payloads, URLs or secrets.
 */
final class WebhookDeliveriesApi {
    static final int PAGE = 100;
    static final int MAX_PAGE = 1000;

    private WebhookDeliveriesApi() {
    }

    static void handle(WebContext web, HttpServletRequest request, HttpServletResponse response, Principal principal)
            throws IOException {
        if (!principal.isStaff()) {
            Errors.send(request, response, 403, "staff_key_required", "only the counter's staff key may read the"
                    + " webhook deliveries");
            return;
        }
        Optional<WebhookOutbox> outbox = web.webhooks();
        if (outbox.isEmpty()) {
            Errors.send(request, response, 404, "webhooks_not_configured", "webhooks are not configured on this"
                    + " server");
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
        int limit = limit(request.getParameter("limit"));
        if (limit < 0) {
            Errors.send(request, response, 400, "invalid_parameter", "limit: expected a whole number from 1 to "
                    + MAX_PAGE);
            return;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("counts", outbox.get().counts());
        view.put("deliveries", outbox.get().deliveries(only, limit));
        Json.write(response, view);
    }

    private static int limit(String value) {
        if (value == null) {
            return PAGE;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            return limit >= 1 && limit <= MAX_PAGE ? limit : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
