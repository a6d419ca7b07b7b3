// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.time.Duration;
import java.util.Objects;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.internal.DroolsTriageEngine;
import org.kasuhara.engine.internal.WatchingTriageEngine;

/** Builds a {@link TriageEngine}. */
public final class TriageEngineBuilder {
    /** How long a watched rule directory must be quiet after a change before it is reloaded. */
    public static final Duration DEFAULT_RELOAD_QUIET_PERIOD = Duration.ofMillis(300);

    private RuleSource source = RuleSource.defaults();
    private RuleSet ruleSet;
    private BusinessDayCalendar calendar = BusinessDayCalendar.japan();
    private GuidelineCatalogue catalogue;
    private Duration reloadQuietPeriod = DEFAULT_RELOAD_QUIET_PERIOD;
    private AssessmentLimits limits = AssessmentLimits.DEFAULTS;

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
        return new DroolsTriageEngine(rules, calendar, catalogue == null ? GuidelineCatalogue.defaults() : catalogue,
                limits);
    }

    /**
     * What one assessment may cost ({@link AssessmentLimits#DEFAULTS} when not set): an assessment whose rules keep
     * firing or run past the deadline fails with a {@link RuleExecutionException}; others go on.
     *
     * @param value the limits
     * @return this builder
     */
    public TriageEngineBuilder limits(AssessmentLimits value) {
        limits = Objects.requireNonNull(value, "limits");
        return this;
    }

    /**
     * For {@link #buildWatching()}: how long a burst of changes (an editor saving several files, a copy) must
     * be quiet before the folder is compiled, so that it is compiled once, complete
     * ({@link #DEFAULT_RELOAD_QUIET_PERIOD} when not set).
     *
     * @param value the quiet period
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is negative
     */
    public TriageEngineBuilder reloadQuietPeriod(Duration value) {
        Objects.requireNonNull(value, "reloadQuietPeriod");
        if (value.isNegative()) {
            throw new IllegalArgumentException("reloadQuietPeriod: must not be negative, was " + value);
        }
        reloadQuietPeriod = value;
        return this;
    }

    /**
     * Compiles the rule directory set with {@link #rules(RuleSource)} and builds an engine that watches it,
     * loading valid changes without a restart. Close it to stop the watcher thread.
     *
     * @return the running engine
     * @throws RuleSetException              when the rules do not compile or validate now
     * @throws IllegalStateException         when the rules are not a {@link RuleSource#directory directory} or
     *                                       a compiled {@link #ruleSet(RuleSet) rule set} was given
     * @throws java.io.UncheckedIOException when the directory cannot be watched
     */
    public ReloadingTriageEngine buildWatching() {
        if (ruleSet != null) {
            throw new IllegalStateException("buildWatching() compiles the watched folder itself: set"
                    + " rules(RuleSource.directory(dir)) instead of ruleSet(...)");
        }
        try {
            return WatchingTriageEngine.start(source, calendar,
                    catalogue == null ? GuidelineCatalogue.defaults() : catalogue, reloadQuietPeriod, limits);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
