package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.StoredCase;

/**
 * The staff dashboard {@code /staff}: a login with an access key (a staff key sees every organisation, an
 * organisation's API key its own), then the cases with verdict and due date, the month's chart, and each case's
 * text with the findings marked. Sessions live in memory and end after eight hours or on logout.
 */
public final class DashboardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient WebContext web;

    /**
     * @param web the counter's shared state
     */
    public DashboardServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages m = Messages.of(request);
        Optional<Principal> principal = web.access().of(request);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (principal.isEmpty()) {
            if (!path.equals("/")) {
                response.setStatus(401);
            }
            login(request, response, m, false);
            return;
        }
        String base = request.getContextPath();
        LocalDate today = LocalDate.now(web.clock().withZone(web.settings().zone()));
        if (path.equals("/")) {
            String org = principal.get().organisation();
            var cases = web.store().list(CaseQuery.all().withOrganization(org).withLimit(500));
            var totals = web.store().monthlyTotals(YearMonth.from(today), org);
            Page.write(request, response, m, m.get("staff.title"), "/staff",
                    DashboardPages.list(m, base, web.csrf().tokenFor(request, response), cases, totals, today));
        } else if (path.startsWith("/case/")) {
            Optional<StoredCase> found = web.store().find(path.substring(6))
                    .filter(c -> principal.get().mayRead(c.organization()));
            if (found.isEmpty()) {
                response.sendError(404);
                return;
            }
            Page.write(request, response, m, found.get().receipt(), "/staff", DashboardPages.one(m, base, found.get()));
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Messages m = Messages.of(request);
        if (!web.csrf().verify(request)) {
            response.setStatus(403);
            login(request, response, m, true);
            return;
        }
        String path = String.valueOf(request.getPathInfo());
        if (path.equals("/logout")) {
            web.access().endSession(request);
            response.addHeader("Set-Cookie", Access.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            response.sendRedirect(request.getContextPath() + "/staff?lang=" + m.language());
        } else if (path.equals("/login")) {
            Optional<Principal> principal = web.access().byKey(request.getParameter("key"));
            if (principal.isEmpty()) {
                response.setStatus(401);
                login(request, response, m, true);
                return;
            }
            response.addHeader("Set-Cookie", Access.SESSION_COOKIE + "=" + web.access().startSession(principal.get())
                    + "; Path=/; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
            response.sendRedirect(request.getContextPath() + "/staff?lang=" + m.language());
        } else {
            response.sendError(404);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response, Messages m, boolean failed)
            throws IOException {
        String error = failed ? "<p class=\"error\" role=\"alert\">" + Html.escape(m.get("staff.login.failed"))
                + "</p>" : "";
        Page.write(request, response, m, m.get("staff.title"), "/staff", Template.render("login", m, Map.of(
                "base", request.getContextPath(), "csrf", web.csrf().tokenFor(request, response),
                "lang", m.language(), "error", error)));
    }
}
