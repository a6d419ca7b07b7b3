// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.CaseIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reception form: {@code GET /form}, {@code POST /form/confirm} (the confirmation step) and
 * {@code POST /form/submit} (stores, assesses and shows the receipt number, or the "not accepted" notice for a
 * threatening message, which is kept as evidence and flagged for the police by its assessment). A filled-in
 * honeypot field gets an ordinary-looking answer and stores nothing. Logs carry receipt numbers only.
 */
public final class ReceptionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReceptionServlet.class);

    private final transient WebContext web;

    /**
     * @param web the counter's shared state
     */
    public ReceptionServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path != null && !path.equals("/")) {
            response.sendError(404);
            return;
        }
        Messages m = Messages.of(request);
        showForm(request, response, m, FormSubmission.empty(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo();
        Messages m = Messages.of(request);
        if (!"/confirm".equals(path) && !"/submit".equals(path)) {
            response.sendError(404);
            return;
        }
        FormSubmission form = FormSubmission.from(request);
        if (!web.csrf().verify(request)) {
            response.setStatus(403);
            showForm(request, response, m, form, Map.of("csrf", "error.csrf"));
            return;
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isEmpty()) {
            LOG.info("web form: honeypot field filled in; nothing stored");
            showResult(request, response, m, "KH-" + "0".repeat(8), true);
            return;
        }
        Map<String, String> problems = form.problems(web.organisations(), web.settings().zone());
        if (!problems.isEmpty() || "edit".equals(request.getParameter("action"))) {
            showForm(request, response, m, form, problems);
        } else if ("/confirm".equals(path)) {
            String csrf = web.csrf().tokenFor(request, response);
            Page.write(request, response, m, m.get("confirm.title"), "/form",
                    ReceptionPages.confirm(m, request.getContextPath(), csrf, form, web.organisations()));
        } else {
            submit(request, response, m, form);
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, Messages m, FormSubmission form)
            throws IOException {
        Case complaint = form.toCase(web.organisations(), OffsetDateTime.now(web.clock().withZone(
                web.settings().zone())));
        CaseIntake.Result result = web.intake().receive(complaint, KasuharaJson.toJson(form.asReceived()));
        String receipt = result.receipt().number();
        Assessment assessment = result.assessment().map(e -> e.assessment()).orElseGet(() -> web.store()
                .find(receipt).flatMap(s -> s.latestAssessment()).map(e -> e.assessment()).orElse(null));
        boolean accepted = assessment == null || assessment.accepted();
        if (accepted) {
            LOG.info("web form: case {} received", receipt);
        } else {
            LOG.warn("web form: case {} not accepted (threat or slander); kept as evidence, police report {}",
                    receipt, assessment.policeReport() ? "recommended" : "to be decided");
        }
        showResult(request, response, m, receipt, accepted);
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, Messages m, FormSubmission form,
            Map<String, String> problems) throws IOException {
        String csrf = web.csrf().tokenFor(request, response);
        Page.write(request, response, m, m.get("form.title"), "/form",
                ReceptionPages.form(m, request.getContextPath(), csrf, form, problems, web.organisations()));
    }

    private void showResult(HttpServletRequest request, HttpServletResponse response, Messages m, String receipt,
            boolean accepted) throws IOException {
        String content = accepted
                ? Template.render("result", m, Map.of("kind", "accepted", "message", m.get("result.accepted"),
                        "receipt", receipt, "base", request.getContextPath(), "lang", m.language()))
                : Template.render("rejected", m, Map.of("receipt", receipt));
        Page.write(request, response, m, m.get(accepted ? "result.title" : "result.rejected.title"), "/form",
                content);
    }
}
