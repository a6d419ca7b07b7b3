package org.kasuhara.engine;

import java.util.Objects;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.internal.DroolsTriageEngine;

/** Builds a {@link TriageEngine}. */
public final class TriageEngineBuilder {
    private RuleSource source = RuleSource.defaults();
    private RuleSet ruleSet;
    private BusinessDayCalendar calendar = BusinessDayCalendar.japan();
    private GuidelineCatalogue catalogue;

    TriageEngineBuilder() {
    }

    /**
     * Rules from this source (the default rules when not set).
     *
     * @param value where the rule set's files come from
     * @return this builder
     */
    public TriageEngineBuilder rules(RuleSource value) {
        source = Objects.requireNonNull(value, "rules");
        ruleSet = null;
        return this;
    }

    /**
     * An already compiled rule set, shared between engines.
     *
     * @param value the rule set
     * @return this builder
     */
    public TriageEngineBuilder ruleSet(RuleSet value) {
        ruleSet = Objects.requireNonNull(value, "ruleSet");
        return this;
    }

    /**
     * The business-day calendar for report due dates (Japan, no closures, when not set). Its zone is replaced by
     * each organisation's policy zone.
     *
     * @param value the calendar
     * @return this builder
     */
    public TriageEngineBuilder calendar(BusinessDayCalendar value) {
        calendar = Objects.requireNonNull(value, "calendar");
        return this;
    }

    /**
     * The guideline catalogue for demand validity and action texts (the built-in one when not set).
     *
     * @param value the catalogue
     * @return this builder
     */
    public TriageEngineBuilder catalogue(GuidelineCatalogue value) {
        catalogue = Objects.requireNonNull(value, "catalogue");
        return this;
    }

    /**
     * Compiles the rules (unless a compiled rule set was given) and builds the engine.
     *
     * @return the engine
     * @throws RuleSetException when the rules do not compile or validate
     */
    public TriageEngine build() {
        RuleSet rules = ruleSet != null ? ruleSet : RuleSet.compile(source);
        return new DroolsTriageEngine(rules, calendar, catalogue == null ? GuidelineCatalogue.defaults() : catalogue);
    }
}
