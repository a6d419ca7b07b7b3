// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kasuhara.cases.report.CaseReport;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.pdf.PdfRenderer;

/**
 * The staff dashboard {@code /staff}: a login with an access key and the staff member's handle (a staff key sees and
 * acts on every organisation, an organisation's API key reads its own), then the working list
 * ({@link StaffListPage}), each case ({@link CasePage}) with its report as HTML or PDF, the forms that act on it
 * ({@link StaffActions}, CSRF-protected and audited under the handle) and the compliance view
 * ({@link RulesPage}). Sessions are signed cookies ({@link SessionTokens}) that end eight hours after login or on
 * logout.
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
        Principal who = principal.get();
        if (path.equals("/")) {
            String q = request.getParameter("q");
            if (q != null && !q.isBlank()) {
                Optional<StoredCase> found = search(q).filter(c -> who.mayRead(c.organization()));
                if (found.isPresent()) {
                    response.sendRedirect(request.getContextPath() + "/staff/case/" + found.get().receipt()
                            + "?lang=" + m.language());
                    return;
                }
                list(request, response, m, who, notice(m, "staff.search.none", true));
                return;
            }
            list(request, response, m, who, "");
        } else if (path.equals("/rules")) {
            if (!who.isStaff()) {
                response.sendError(403);
                return;
            }
            Page.write(request, response, m, m.get("staff.rules.title"), "/staff/rules", RulesPage.render(m,
                    request.getContextPath(), web.engine().ruleSet(), web.lastReload(), web.settings().zone()), true);
        } else if (path.startsWith("/case/")) {
            String rest = path.substring(6);
            int slash = rest.indexOf('/');
            Optional<StoredCase> found = readable(slash < 0 ? rest : rest.substring(0, slash), who);
            if (found.isEmpty()) {
                response.sendError(404);
            } else if (slash < 0) {
                String done = request.getParameter("done");
                String notice = done != null && StaffActions.NAMES.contains(done)
                        ? notice(m, "staff.done." + done, false) : "";
                casePage(request, response, m, who, found.get(), notice);
            } else {
                report(request, response, m, found.get(), rest.substring(slash + 1));
            }
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
            // the browser forgets the session; a copy taken before stays valid until it expires (no server state)
            response.addHeader("Set-Cookie", Access.clearedCookie(request));
            response.sendRedirect(request.getContextPath() + "/staff?lang=" + m.language());
        } else if (path.equals("/login")) {
            login(request, response, m);
        } else if (path.startsWith("/case/")) {
            act(request, response, m, path.substring(6));
        } else {
            response.sendError(404);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response, Messages m) throws IOException {
        Optional<Principal> principal = web.access().byKey(request.getParameter("key"));
        String handle = Principal.checkHandle(request.getParameter("handle"));
        if (principal.isEmpty() || handle == null) {
            response.setStatus(principal.isEmpty() ? 401 : 400);
            login(request, response, m, true);
            return;
        }
        response.addHeader("Set-Cookie", Access.cookie(request, web.access().startSession(
                request.getParameter("key"), handle)));
        response.sendRedirect(request.getContextPath() + "/staff?lang=" + m.language());
    }

    private void act(HttpServletRequest request, HttpServletResponse response, Messages m, String rest)
            throws IOException {
        Optional<Principal> principal = web.access().of(request);
        int slash = rest.indexOf('/');
        if (principal.isEmpty()) {
            response.setStatus(401);
            login(request, response, m, false);
            return;
        }
        if (slash < 0 || !StaffActions.NAMES.contains(rest.substring(slash + 1))) {
            response.sendError(404);
            return;
        }
        Optional<StoredCase> found = readable(rest.substring(0, slash), principal.get());
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        if (!principal.get().isStaff()) {
            response.sendError(403);
            return;
        }
        String name = rest.substring(slash + 1);
        StaffActions.Result result = StaffActions.apply(web.store(), found.get().receipt(), name, request,
                principal.get().handle());
        if (result.status() == 303) {
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + "/staff/case/" + found.get().receipt()
                    + "?lang=" + m.language() + "&done=" + name);
            return;
        }
        response.setStatus(result.status());
        StoredCase now = web.store().find(found.get().receipt()).orElseThrow();
        casePage(request, response, m, principal.get(), now, notice(m, result.key(), true));
    }

    private void list(HttpServletRequest request, HttpServletResponse response, Messages m, Principal who,
            String notice) throws IOException {
        LocalDate today = today();
        StaffFilter filter = StaffFilter.of(request, who);
        var totals = web.store().monthlyTotals(YearMonth.from(today), who.organisation());
        String body = new StaffListPage(m, request.getContextPath(), filter, web.organisations(), who.isStaff())
                .render(web.store(), today, web.settings().zone(), totals, web.csrf().tokenFor(request, response),
                        notice);
        Page.write(request, response, m, m.get("staff.title"), "/staff", body, true);
    }

    private void casePage(HttpServletRequest request, HttpServletResponse response, Messages m, Principal who,
            StoredCase c, String notice) throws IOException {
        String body = new CasePage(m, request.getContextPath(), web.settings().zone(), web.organisations())
                .render(c, web.store().auditLog(c.receipt()), who, today(), web.csrf().tokenFor(request, response),
                        notice);
        Page.write(request, response, m, m.get("staff.case") + " " + c.receipt(), "/staff/case/" + c.receipt(), body,
                true);
    }

    private void report(HttpServletRequest request, HttpServletResponse response, Messages m, StoredCase c,
            String file) throws IOException {
        if (c.latestAssessment().isEmpty() || !(file.equals("report.html") || file.equals("report.pdf"))) {
            response.sendError(404);
            return;
        }
        CaseReport report = CaseReport.of(c, "en".equals(m.language()) ? ReportLanguage.EN : ReportLanguage.JA,
                Labels.catalogue(), web.clock().withZone(web.settings().zone()));
        String html = report.toHtml();
        byte[] body = file.endsWith(".pdf") ? Pdf.RENDERER.render(html) : html.getBytes(StandardCharsets.UTF_8);
        response.setContentType(file.endsWith(".pdf") ? "application/pdf" : "text/html;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + c.receipt() + "-"
                + m.language() + file.substring(6) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The PDF renderer, loaded with its font on the first download only. */
    private static final class Pdf {
        static final PdfRenderer RENDERER = PdfRenderer.standard();
    }

    private Optional<StoredCase> readable(String receipt, Principal who) {
        return web.store().find(receipt).filter(c -> who.mayRead(c.organization()));
    }

    private Optional<StoredCase> search(String q) {
        String value = q.strip().toUpperCase(Locale.ROOT);
        if (value.matches("\\d{1,18}")) {
            value = ReceiptNumbers.format(Long.parseLong(value));
        } else if (value.matches("KH-?\\d{1,18}")) {
            value = ReceiptNumbers.format(Long.parseLong(value.replaceAll("\\D", "")));
        }
        return web.store().find(value);
    }

    private LocalDate today() {
        return LocalDate.now(web.clock().withZone(web.settings().zone()));
    }

    private static String notice(Messages m, String key, boolean error) {
        return "<p class=\"" + (error ? "notice error" : "notice done") + "\" role=\"" + (error ? "alert" : "status")
                + "\" id=\"notice\">" + Html.escape(m.get(key)) + "</p>";
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
