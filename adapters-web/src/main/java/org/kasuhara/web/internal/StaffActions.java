// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Verdict;

/**
 * What staff do to a case from its page: {@code verdict} (confirm or correct, with a reason), {@code report} (day
 * and way), {@code close} (outcome) and {@code action} (confirm or decline one that needs a person). The store checks
 * and audits each change under the handle given at login; a refused change leaves the case as it was and comes
 * back as a message key for the page, never as the store's English text.
 */
final class StaffActions {
    /** Which of the actions there are. */
    static final java.util.Set<String> NAMES = java.util.Set.of("verdict", "report", "close", "action");

    private StaffActions() {
    }

    /**
     * The outcome of a posted form.
     *
     * @param status HTTP status: 303 when done, 400 for bad input, 409 when the case's status forbids it
     * @param key    the message key to show
     */
    record Result(int status, String key) {
    }

    static Result apply(CaseStore store, String receipt, String name, HttpServletRequest request, String by) {
        try {
            switch (name) {
                case "verdict" -> {
                    Verdict verdict = Labels.named(Verdict.class, request.getParameter("verdict"));
                    if (verdict == null) {
                        return new Result(400, "staff.error.verdict");
                    }
                    store.reviewVerdict(receipt, by, verdict, request.getParameter("reason"));
                }
                case "report" -> {
                    LocalDate on = LocalDate.parse(String.valueOf(request.getParameter("on")));
                    String method = request.getParameter("method");
                    ReportMethod way = Labels.named(ReportMethod.class, method);
                    if (way == null && method != null && !method.isEmpty()) {
                        return new Result(400, "staff.error.method");
                    }
                    store.markReported(receipt, by, way, on);
                }
                case "close" -> {
                    String outcome = request.getParameter("outcome");
                    CaseOutcome how = Labels.named(CaseOutcome.class, outcome);
                    if (how == null && outcome != null && !outcome.isEmpty()) {
                        return new Result(400, "staff.error.outcome");
                    }
                    store.closeCase(receipt, by, how);
                }
                default -> {
                    ActionType action = Labels.named(ActionType.class, request.getParameter("action"));
                    String decision = request.getParameter("decision");
                    if (action == null || !("confirm".equals(decision) || "decline".equals(decision))) {
                        return new Result(400, "staff.error.action");
                    }
                    store.decideAction(receipt, by, action, "confirm".equals(decision),
                            request.getParameter("reason"));
                }
            }
            return new Result(303, "staff.done." + name);
        } catch (DateTimeParseException e) {
            return new Result(400, "staff.error.date");
        } catch (InvalidTransitionException e) {
            return new Result(409, "staff.error.transition");
        } catch (IllegalArgumentException e) {
            return new Result(400, switch (name) {
                case "verdict" -> "staff.error.reason";
                case "report" -> "staff.error.date";
                case "close" -> "staff.error.outcome";
                default -> "staff.error.action";
            });
        }
    }
}
