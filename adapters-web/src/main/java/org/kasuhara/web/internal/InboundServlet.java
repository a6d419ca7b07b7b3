// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Case;
import org.kasuhara.web.internal.inbound.HelpdeskTicket;
import org.kasuhara.web.internal.inbound.InvalidPayload;
import org.kasuhara.web.internal.inbound.ZendeskSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/inbound/{zendesk|freshdesk|servicenow}}: a helpdesk's ticket webhook becomes a stored, assessed
 * case of the key's organisation (docs/helpdesk.md). Every delivery needs {@code Authorization: Bearer KEY}; Zendesk's
 * must also carry a valid signature. A repeated delivery of a ticket is a re-submission of the same case (200).
 * Logs name the receipt and the vendor only, never what the ticket says or who sent it.
 */
public final class InboundServlet extends HttpServlet {
    /** The routes, as {@link ApiServlet#ROUTES} lists them. */
    public static final List<String> ROUTES = List.of("POST /inbound/{vendor}");

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(InboundServlet.class);

    private final transient WebContext web;

    /**
     * @param web the counter's shared state
     */
    public InboundServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        Optional<HelpdeskTicket> mapping = path.startsWith("/") ? HelpdeskTicket.forVendor(path.substring(1))
                : Optional.empty();
        if (mapping.isEmpty()) {
            Errors.send(request, response, 404, "not_found", "no such route (zendesk, freshdesk or servicenow)");
            return;
        }
        Optional<Principal> principal = request.getHeader("Authorization") == null ? Optional.empty()
                : web.access().of(request);
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kasuhara\"");
            Errors.send(request, response, 401, "unauthorized",
                    "a valid API key is required (Authorization: Bearer KEY)");
            return;
        }
        byte[] bytes = RequestBody.bytes(request);
        if (path.equals("/zendesk") && !signed(request, response, bytes)) {
            return;
        }
        Case ticket;
        try {
            JsonNode payload = KasuharaJson.mapper().readTree(
                    RequestBody.decode(bytes, RequestBody.charset(request.getCharacterEncoding())));
            if (payload == null || !payload.isObject()) {
                throw new InvalidPayload("body", "expected a JSON object");
            }
            ticket = mapping.get().toCase(payload, web.clock().instant().atZone(web.settings().zone())
                    .toOffsetDateTime());
        } catch (RequestBody.Unreadable e) {
            Errors.send(request, response, e.status, e.code, e.getMessage());
            return;
        } catch (InvalidPayload e) {
            Errors.send(request, response, 400, "invalid_payload", e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            Errors.send(request, response, 400, "invalid_json", "body: not readable JSON");
            return;
        }
        String own = principal.get().organisation();
        Case complaint = own == null ? ticket : CaseViews.withOrganization(ticket, own);
        try {
            CaseIntake.Result result = web.intake().receive(complaint, null);
            LOG.info("inbound: {} ticket stored as case {}{}", path.substring(1), result.receipt().number(),
                    result.receipt().resubmission() ? " (again)" : "");
            StoredCase stored = web.store().find(result.receipt().number()).orElseThrow();
            response.setStatus(result.receipt().resubmission() ? 200 : 201);
            response.setHeader("Location", request.getContextPath() + "/api/v1/cases/" + result.receipt().number());
            Json.write(response, CaseViews.receipt(result.receipt(), stored, result.differs()));
        } catch (RuleExecutionException e) {
            LOG.warn("inbound: a case could not be assessed: {}", e.getMessage());
            Errors.send(request, response, 500, "assessment_failed", e.message(false)
                    + "; the case is kept and assessed again when the server restarts");
        }
    }

    private boolean signed(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        List<String> secrets = web.settings().zendeskSigningSecrets();
        if (secrets.isEmpty()) {
            Errors.send(request, response, 503, "inbound_not_configured", "zendesk: no signing secret is configured"
                    + " (kasuhara.web.inbound.zendesk.signingSecrets)");
            return false;
        }
        String problem = ZendeskSignature.problem(secrets, request.getHeader(ZendeskSignature.TIMESTAMP),
                request.getHeader(ZendeskSignature.SIGNATURE), body, web.clock().instant());
        if (problem != null) {
            Errors.send(request, response, 401, "invalid_signature", problem);
            return false;
        }
        return true;
    }
}
