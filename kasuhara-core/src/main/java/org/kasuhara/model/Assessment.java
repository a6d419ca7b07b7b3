// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The engine's answer for one case: the output contract v1 (docs/integration.md). Every verdict is explained by its
 * findings.
 *
 * @param caseId       the assessed case's id
 * @param verdict      legitimate, needs review, or harassment
 * @param severity     the case's overall severity: its most severe finding; {@code NONE} for a legitimate complaint,
 *                     whose findings (a time line over a confirmed defect) are notes
 * @param policeReport whether the conduct should be reported to the police (TOKYO-2025-MANUAL p.39)
 * @param accepted     {@code false} when the message itself threatens or slanders the organisation or the counter:
 *                     not accepted, kept as evidence
 * @param findings     why: one per rule that found a behaviour
 * @param actions      what to do next
 * @param reportDueBy  the day the report to the organisation is due (3 business days after receipt)
 * @param ruleSet      the rule set that decided
 * @param firedRules   the audit trail: every rule that fired, in firing order, with the facts it matched
 * @param basis        the verdict table's cell that decided the verdict and the two axes it read, or {@code null}
 *                     when the rule set decides without a table cell
 */
public record Assessment(String caseId, Verdict verdict, Severity severity, boolean policeReport, boolean accepted,
                         List<Finding> findings, List<Action> actions, LocalDate reportDueBy, RuleSetRef ruleSet,
                         List<RuleFiring> firedRules, Basis basis) {
    /** Checks the fields and copies the lists. */
    public Assessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reportDueBy, "reportDueBy");
        Objects.requireNonNull(ruleSet, "ruleSet");
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        firedRules = List.copyOf(firedRules);
    }

    /**
     * An assessment without a basis (decided without a verdict table cell).
     *
     * @param caseId       the assessed case's id
     * @param verdict      the verdict
     * @param severity     the overall severity
     * @param policeReport whether to report to the police
     * @param accepted     whether the message is accepted
     * @param findings     the findings
     * @param actions      the actions
     * @param reportDueBy  the report's due date
     * @param ruleSet      the rule set that decided
     * @param firedRules   the audit trail
     */
    public Assessment(String caseId, Verdict verdict, Severity severity, boolean policeReport, boolean accepted,
                      List<Finding> findings, List<Action> actions, LocalDate reportDueBy, RuleSetRef ruleSet,
                      List<RuleFiring> firedRules) {
        this(caseId, verdict, severity, policeReport, accepted, findings, actions, reportDueBy, ruleSet, firedRules,
                null);
    }

    /**
     * An assessment without an audit trail (built by hand, not by an engine).
     *
     * @param caseId       the assessed case's id
     * @param verdict      the verdict
     * @param severity     the overall severity
     * @param policeReport whether to report to the police
     * @param accepted     whether the message is accepted
     * @param findings     the findings
     * @param actions      the actions
     * @param reportDueBy  the report's due date
     * @param ruleSet      the rule set that decided
     */
    public Assessment(String caseId, Verdict verdict, Severity severity, boolean policeReport, boolean accepted,
                      List<Finding> findings, List<Action> actions, LocalDate reportDueBy, RuleSetRef ruleSet) {
        this(caseId, verdict, severity, policeReport, accepted, findings, actions, reportDueBy, ruleSet, List.of(),
                null);
    }
}
