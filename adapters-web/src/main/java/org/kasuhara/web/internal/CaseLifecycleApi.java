// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.json.KasuharaJson;

/**
 * The helpdesk's lifecycle routes {@code POST /cases/{receipt}/reported} ({@code {"on", "method"}}, both optional)
 * and {@code POST /cases/{receipt}/close} ({@code {"outcome"}}, optional). They make the same store calls as the
 * staff dashboard, so the store checks the transition and writes the audit entry; the actor is the key's principal
 * ({@code staff-key}), never a person's name. Only the staff key may call them. Repeating a change that is already
 * made (reported again while reported, closed again with the same outcome) answers 200 with {@code "unchanged": true}
 * and writes nothing, so a helpdesk may retry after a lost response.
 */
final class CaseLifecycleApi {
    static final Pattern ROUTE = Pattern.compile("/cases/(KH-[0-9]{1,12})/(reported|close)");

    private final WebContext web;

    CaseLifecycleApi(WebContext web) {
        this.web = web;
    }

    /** @return whether the path is one of these routes (then {@link #handle} answers it) */
    static boolean matches(String path) {
        return ROUTE.matcher(path).matches();
    }

    void handle(String path, HttpServletRequest request, HttpServletResponse response, Principal principal)
            throws IOException {
        Matcher route = ROUTE.matcher(path);
        route.matches();
        if (!principal.isStaff()) {
            Errors.send(request, response, 403, "staff_key_required",
                    "only the counter's staff key may change a case's status");
            return;
        }
        Optional<StoredCase> found = web.store().find(route.group(1));
        if (found.isEmpty()) {
            Errors.send(request, response, 404, "not_found", "no such case");
            return;
        }
        JsonNode body;
        try {
            body = body(RequestBody.text(request), route.group(2).equals("close")
                    ? Set.of("outcome") : Set.of("on", "method"));
        } catch (RequestBody.Unreadable e) {
            Errors.send(request, response, e.status, e.code, e.getMessage());
            return;
        } catch (BadField e) {
            Errors.send(request, response, 400, "invalid_body", e.getMessage());
            return;
        }
        try {
            if (route.group(2).equals("close")) {
                close(found.get(), body, request, response, principal);
            } else {
                report(found.get(), body, request, response, principal);
            }
        } catch (BadField e) {
            Errors.send(request, response, 400, "invalid_body", e.getMessage());
        } catch (InvalidTransitionException e) {
            Errors.send(request, response, 409, "invalid_transition", "status: the case is " + e.status()
                    + "; " + (route.group(2).equals("close") ? "only an ASSESSED or REPORTED case can be closed"
                    : "only an ASSESSED case can be reported"));
        } catch (IllegalArgumentException e) {
            // the store's check of the day (future, or before receipt); its message names no personal data
            Errors.send(request, response, 400, "invalid_body", "on: " + e.getMessage());
        }
    }

    private void report(StoredCase stored, JsonNode body, HttpServletRequest request, HttpServletResponse response,
            Principal principal) throws IOException, BadField {
        LocalDate on = null;
        if (body.hasNonNull("on")) {
            try {
                on = LocalDate.parse(text(body, "on"));
            } catch (DateTimeParseException e) {
                throw new BadField("on: expected a date yyyy-MM-dd");
            }
        }
        ReportMethod method = body.hasNonNull("method") ? constant(ReportMethod.class, body, "method") : null;
        if (stored.status() == CaseStatus.REPORTED) {
            answer(response, stored, true);
            return;
        }
        answer(response, web.store().markReported(stored.receipt(), principal.handle(), method, on), false);
    }

    private void close(StoredCase stored, JsonNode body, HttpServletRequest request, HttpServletResponse response,
            Principal principal) throws IOException, BadField {
        CaseOutcome outcome = body.hasNonNull("outcome") ? constant(CaseOutcome.class, body, "outcome") : null;
        if (stored.status() == CaseStatus.CLOSED && stored.outcome() == outcome) {
            answer(response, stored, true);
            return;
        }
        answer(response, web.store().closeCase(stored.receipt(), principal.handle(), outcome), false);
    }

    private void answer(HttpServletResponse response, StoredCase stored, boolean unchanged) throws IOException {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("receipt", stored.receipt());
        view.put("caseId", stored.caseId());
        view.put("status", stored.status());
        view.put("unchanged", unchanged);
        if (stored.reportedOn() != null) {
            view.put("reportedOn", stored.reportedOn());
        }
        if (stored.reportMethod() != null) {
            view.put("reportMethod", stored.reportMethod());
        }
        if (stored.closedAt() != null) {
            view.put("closedAt", stored.closedAt());
        }
        if (stored.outcome() != null) {
            view.put("outcome", stored.outcome());
        }
        Json.write(response, view);
    }

    /** An empty body counts as {@code {}}; anything else must be an object with only the named fields. */
    private static JsonNode body(String text, Set<String> fields) throws BadField {
        if (text.isBlank()) {
            return KasuharaJson.mapper().createObjectNode();
        }
        JsonNode node;
        try {
            node = KasuharaJson.mapper().readTree(text);
        } catch (IOException | RuntimeException e) {
            throw new BadField("body: not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadField("body: expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new BadField(safe(name) + ": unknown field (expected " + String.join(", ",
                        fields.stream().sorted().toList()) + ")");
            }
        }
        return node;
    }

    private static String text(JsonNode body, String field) throws BadField {
        if (!body.get(field).isTextual()) {
            throw new BadField(field + ": expected a string");
        }
        return body.get(field).asText();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode body, String field) throws BadField {
        String value = text(body, field);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new BadField(field + ": expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** A field name is echoed only when it is short and plain, so that an error never carries submitted text. */
    private static String safe(String name) {
        return name.matches("[A-Za-z0-9_]{1,40}") ? name : "(a field)";
    }

    /** A body field that is missing, of the wrong type or not one of the allowed values; the message names it. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
