// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.AssessmentLimits;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.engine.facts.Axes;
import org.kasuhara.engine.facts.Outcome;
import org.kasuhara.engine.spi.FiringRule;
import org.kasuhara.model.Action;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Basis;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;
import org.kasuhara.policy.ClosedDays;
import org.kasuhara.policy.Policy;
import org.kie.api.runtime.KieSession;

/**
 * The engine: one Drools session per assessment, taken from the rule set's pool and reset on return, so no
 * mutable state is shared between threads or carried from one case to the next.
 */
public final class DroolsTriageEngine implements TriageEngine {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.span() == null ? -1 : f.span().contact())
            .thenComparing(f -> f.span() == null ? -1 : f.span().start())
            // a total order: equal-rank findings come out alike from every compilation of the same rules
            .thenComparing(f -> f.span() == null ? -1 : f.span().end())
            .thenComparing(Finding::behaviour)
            .thenComparing(Finding::evidence)
            .thenComparing(Finding::source);

    private final CompiledRuleSet rules;
    private final BusinessDayCalendar calendar;
    private final GuidelineCatalogue catalogue;
    private final FactDeriver deriver;
    private final AssessmentLimits limits;
    private final java.util.concurrent.ConcurrentHashMap<ClosedDays, BusinessDayCalendar> closedCalendars =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param rules     the compiled rule set
     * @param calendar  the business-day calendar
     * @param catalogue the guideline catalogue
     */
    public DroolsTriageEngine(RuleSet rules, BusinessDayCalendar calendar, GuidelineCatalogue catalogue) {
        this(rules, calendar, catalogue, AssessmentLimits.DEFAULTS);
    }

    /**
     * @param rules     the compiled rule set
     * @param calendar  the business-day calendar
     * @param catalogue the guideline catalogue
     * @param limits    what one assessment may cost
     */
    public DroolsTriageEngine(RuleSet rules, BusinessDayCalendar calendar, GuidelineCatalogue catalogue,
            AssessmentLimits limits) {
        if (!(rules instanceof CompiledRuleSet compiled)) {
            throw new IllegalArgumentException("ruleSet: must come from RuleSet.compile, was "
                    + rules.getClass().getName());
        }
        this.rules = compiled;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.deriver = new FactDeriver(catalogue);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Assessment assess(Case complaint) {
        Objects.requireNonNull(complaint, "complaint");
        Policy policy = rules.policies().forOrganization(complaint.organization());
        List<Object> facts = deriver.derive(complaint, policy, rules.analyzer(), rules.net());
        Outcome outcome = new Outcome();
        List<Finding> findings = new ArrayList<>();
        KieSession session = rules.newSession();
        FiringRecorder audit = new FiringRecorder();
        session.addEventListener(audit);
        session.addEventListener(FiringRule.LISTENER);
        Runaway runaway = new Runaway(limits, session, audit);
        Axes axes;
        try {
            // Two layers: signal rules run to completion first; only then is the Outcome
            // inserted, so verdict rules (which all need it) see every finding, and "no finding" means none.
            facts.forEach(session::insert);
            runaway.fireAll();
            axes = TwoAxes.derive(session);
            session.insert(axes);
            session.insert(outcome);
            runaway.fireAll();
            for (Object fact : session.getObjects(Finding.class::isInstance)) {
                findings.add((Finding) fact);
            }
        } finally {
            runaway.done();
            session.removeEventListener(audit);
            session.removeEventListener(FiringRule.LISTENER);
            FiringRule.clear();
            session.dispose();
        }
        findings.sort(ORDER);
        // A legitimate complaint has no severity: findings it keeps (a time line over a confirmed defect) are notes.
        Severity severity = outcome.getVerdict() == Verdict.LEGITIMATE_COMPLAINT ? Severity.NONE
                : findings.stream().map(Finding::severity).reduce(Severity.NONE, Severity::max);
        return new Assessment(complaint.id(), outcome.getVerdict(), severity, outcome.isPolice(),
                outcome.isAccepted(), findings, actions(outcome, complaint.language()), dueDate(complaint, policy),
                rules.ref(), audit.firings(), basis(outcome.getCell(), axes));
    }

    private static Basis basis(Outcome.Cell cell, Axes axes) {
        return cell == null ? null
                : new Basis(cell.rule(), cell.name(), cell.nameJa(), axes.manner(), axes.demand(), axes.timeOrCount());
    }

    private List<Action> actions(Outcome outcome, String language) {
        boolean english = "en".equals(language);
        List<Action> actions = new ArrayList<>();
        for (ActionType type : outcome.getActions()) {
            var info = catalogue.action(type);
            actions.add(new Action(type, type.restrictsCustomer(), english ? info.textEn() : info.textJa()));
        }
        return actions;
    }

    private LocalDate dueDate(Case complaint, Policy policy) {
        // The day is taken in the policy's zone; counting business days from a date needs no zone.
        LocalDate received = complaint.receivedAt().atZoneSameInstant(policy.zone()).toLocalDate();
        return calendarOf(policy).addBusinessDays(received, policy.reportBusinessDays());
    }

    /** The engine's calendar with the policy's closures; one per distinct set of closures, built once. */
    private BusinessDayCalendar calendarOf(Policy policy) {
        ClosedDays closures = policy.closures();
        if (closures.isEmpty()) {
            return calendar;
        }
        return closedCalendars.computeIfAbsent(closures, c -> {
            BusinessDayCalendar closed = calendar.withClosures(c.dates());
            for (ClosedDays.Annual range : c.annual()) {
                closed = closed.withClosure(range.from(), range.to());
            }
            return closed;
        });
    }

    @Override
    public RuleSet ruleSet() {
        return rules;
    }
}
