// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.json.CaseReader;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.json.InvalidCaseException;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.StoredCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API {@code /api/v1} (documented in {@code openapi.json}, served at {@code /api/v1/openapi.json}).
 * Every route but the document needs {@code Authorization: Bearer KEY}; an organisation's key sees and submits
 * only that organisation's cases, a staff key sees all. Another organisation's case is answered 404, as if it
 * did not exist.
 */
public final class ApiServlet extends HttpServlet {
    /** Cases per page of {@code GET /cases} when {@code limit} is absent, and the most one page may hold. */
    static final int PAGE = 100;
    static final int MAX_PAGE = 1000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final Pattern CASE = Pattern.compile("/cases/(KH-[0-9]{1,12})");
    private static final Pattern TOTALS = Pattern.compile("/totals/([0-9]{4}-[0-9]{2})");

    /** Every route this servlet answers, as "METHOD /path" with OpenAPI's {@code {parameter}}s; tests hold the
     *  OpenAPI document to exactly this list and probe each route on a running server. */
    public static final List<String> ROUTES = List.of("GET /openapi.json", "POST /assess", "POST /cases",
            "GET /cases", "GET /cases/{receipt}", "POST /cases/{receipt}/reported", "POST /cases/{receipt}/close",
            "GET /totals/{month}", "POST /call-events", "GET /webhooks/deliveries",
            "POST /webhooks/deliveries/{id}/retry");

    private final transient WebContext web;
    private final transient CaseReader reader = new CaseReader();
    private final transient CaseLifecycleApi lifecycle;

    /**
     * @param web the counter's shared state
     */
    public ApiServlet(WebContext web) {
        this.web = web;
        this.lifecycle = new CaseLifecycleApi(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        if (path.equals("/openapi.json")) {
            OpenApiDocument.write(response);
            return;
        }
        Optional<Principal> principal = authenticate(request, response);
        if (principal.isEmpty()) {
            return;
        }
        Matcher caseMatch = CASE.matcher(path);
        Matcher totalsMatch = TOTALS.matcher(path);
        if (path.equals("/webhooks/deliveries")) {
            WebhookDeliveriesApi.handle(web, request, response, principal.get());
        } else if (path.equals("/cases")) {
            listCases(request, response, principal.get());
        } else if (caseMatch.matches()) {
            Optional<StoredCase> found = web.store().find(caseMatch.group(1))
                    .filter(s -> principal.get().mayRead(s.organization()));
            if (found.isEmpty()) {
                Errors.send(request, response, 404, "not_found", "no such case");
            } else {
                Json.write(response, CaseViews.of(found.get(), principal.get(), today()));
            }
        } else if (totalsMatch.matches()) {
            YearMonth month;
            try {
                month = YearMonth.parse(totalsMatch.group(1));
            } catch (DateTimeParseException e) {
                Errors.send(request, response, 400, "invalid_month", "month: expected yyyy-MM");
                return;
            }
            Json.write(response, web.store().monthlyTotals(month, principal.get().organisation()));
        } else {
            Errors.send(request, response, 404, "not_found", "no such route");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        if (path.equals("/call-events")) {
            Optional<Principal> principal = authenticate(request, response);
            if (principal.isPresent()) {
                CallEventsRoute.post(web, request, response, principal.get());
            }
            return;
        }
        if (WebhookDeliveriesApi.RETRY.matcher(path).matches()) {
            Optional<Principal> principal = authenticate(request, response);
            if (principal.isPresent()) {
                WebhookDeliveriesApi.retry(web, path, request, response, principal.get());
            }
            return;
        }
        if (CaseLifecycleApi.matches(path)) {
            Optional<Principal> principal = authenticate(request, response);
            if (principal.isPresent()) {
                lifecycle.handle(path, request, response, principal.get());
            }
            return;
        }
        if (!path.equals("/assess") && !path.equals("/cases")) {
            Errors.send(request, response, 404, "not_found", "no such route");
            return;
        }
        Optional<Principal> principal = authenticate(request, response);
        if (principal.isEmpty()) {
            return;
        }
        String body;
        Case complaint;
        try {
            body = RequestBody.text(request);
            complaint = reader.readOne(body);
        } catch (RequestBody.Unreadable e) {
            Errors.send(request, response, e.status, e.code, e.getMessage());
            return;
        } catch (InvalidCaseException e) {
            Errors.send(request, response, 400, "invalid_case", e.problems().get(0).path().isEmpty()
                    ? e.problems().get(0).message() : e.problems().get(0).path() + ": " + e.problems().get(0).message(),
                    e.problems());
            return;
        } catch (RuntimeException e) {
            // the JSON parser's own limits (nesting depth, number length) and anything else it refuses
            Errors.send(request, response, 400, "invalid_json", "body: not a readable case (malformed JSON, nested"
                    + " too deeply or a number too long)");
            return;
        }
        if (complaint.organization() != null && web.organisations().find(complaint.organization()).isEmpty()) {
            Errors.send(request, response, 400, "unknown_organization", "organization: no such organisation");
            return;
        }
        try {
            post(path, request, response, principal.get(), complaint, body);
        } catch (RuleExecutionException e) {
            LOG.warn("api: a case could not be assessed: {}", e.getMessage());
            Errors.send(request, response, 500, "assessment_failed", e.message(false)
                    + (path.equals("/cases") ? "; the case is kept and assessed again when the server restarts" : ""));
        }
    }

    private void post(String path, HttpServletRequest request, HttpServletResponse response, Principal principal,
            Case received, String body) throws IOException {
        Case complaint = received;
        if (path.equals("/assess")) {
            Json.write(response, web.engine().assess(complaint));
            return;
        }
        String own = principal.organisation();
        if (own != null && complaint.organization() != null && !own.equals(complaint.organization())) {
            Errors.send(request, response, 403, "wrong_organization",
                    "organization: this key may submit cases of its own organisation only");
            return;
        }
        if (own != null && complaint.organization() == null) {
            complaint = CaseViews.withOrganization(complaint, own);
        }
        CaseIntake.Result result = web.intake().receive(complaint, body);
        LOG.info("api: case {} {}", result.receipt().number(), result.receipt().resubmission() ? "re-submitted" : "received");
        StoredCase stored = web.store().find(result.receipt().number()).orElseThrow();
        response.setStatus(result.receipt().resubmission() ? 200 : 201);
        response.setHeader("Location", request.getContextPath() + "/api/v1/cases/" + result.receipt().number());
        Json.write(response, CaseViews.receipt(result.receipt(), stored, result.differs()));
    }

    private void listCases(HttpServletRequest request, HttpServletResponse response, Principal principal)
            throws IOException {
        String due = Optional.ofNullable(request.getParameter("due")).orElse("awaiting");
        LocalDate today = today();
        CaseQuery query = switch (due) {
            case "overdue" -> CaseQuery.overdue(today);
            case "today" -> CaseQuery.dueOn(today);
            case "awaiting" -> CaseQuery.awaitingReportQuery();
            case "all" -> CaseQuery.all();
            default -> null;
        };
        if (query == null) {
            Errors.send(request, response, 400, "invalid_parameter", "due: expected overdue, today, awaiting or all");
            return;
        }
        int limit = limit(request.getParameter("limit"));
        String after = request.getParameter("cursor");
        CaseQuery.Cursor cursor = StaffFilter.cursor(after);
        if (limit < 0 || (after != null && cursor == null)) {
            Errors.send(request, response, 400, "invalid_parameter", limit < 0
                    ? "limit: expected a whole number from 1 to " + MAX_PAGE
                    : "cursor: not a cursor this API gave (take \"next\" of the previous page)");
            return;
        }
        // one more than the page tells whether another page follows; in receipt order, cases stored meanwhile come
        // after the cursor, so paging repeats and skips none
        List<StoredCase> cases = web.store().list(query.withOrganization(principal.organisation())
                .withOrder(CaseQuery.Order.RECEIPT, cursor).withLimit(limit + 1));
        boolean more = cases.size() > limit;
        List<StoredCase> page = more ? cases.subList(0, limit) : cases;
        String next = more ? StaffFilter.encode(CaseQuery.Cursor.after(page.get(page.size() - 1))) : null;
        Json.write(response, CaseViews.list(page, today, next));
    }

    /**
     * The page size a {@code limit} parameter asks for; the API's list routes share it.
     *
     * @return {@value #PAGE} when absent, -1 when not a whole number from 1 to {@value #MAX_PAGE}
     */
    static int limit(String value) {
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

    private Optional<Principal> authenticate(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Principal> principal = request.getHeader("Authorization") == null ? Optional.empty()
                : web.access().of(request);
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kasuhara\"");
            Errors.send(request, response, 401, "unauthorized", "a valid API key is required (Authorization: Bearer KEY)");
        }
        return principal;
    }


    private LocalDate today() {
        return LocalDate.now(web.clock().withZone(web.settings().zone()));
    }
}
