// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.AssessmentLimits;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadListener;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** A triage engine over a watched rule directory: a {@link RuleSetReloader} driven by a {@link DirectoryWatcher}. */
public final class WatchingTriageEngine implements ReloadingTriageEngine {
    private final RuleSetReloader reloader;
    private final DirectoryWatcher watcher;

    private WatchingTriageEngine(RuleSetReloader reloader, DirectoryWatcher watcher) {
        this.reloader = reloader;
        this.watcher = watcher;
    }

    /**
     * Compiles the directory's rule set and starts watching it.
     *
     * @param source      a {@link DirectoryRuleSource}
     * @param calendar    the business-day calendar
     * @param catalogue   the guideline catalogue
     * @param quietPeriod how long changes must settle before a reload
     * @param limits      what one assessment may cost
     * @return the running engine
     * @throws org.kasuhara.engine.RuleSetException when the initial rule set does not compile or validate
     * @throws IllegalArgumentException             when the source is not a directory
     * @throws UncheckedIOException                 when the directory cannot be watched
     */
    public static WatchingTriageEngine start(RuleSource source, BusinessDayCalendar calendar,
            GuidelineCatalogue catalogue, Duration quietPeriod, AssessmentLimits limits) {
        if (!(source instanceof DirectoryRuleSource directory)) {
            throw new IllegalArgumentException("only a rule directory can be watched (RuleSource.directory),"
                    + " not " + source.describe());
        }
        RuleSet initial = RuleSetCompiler.compile(source);
        RuleSetReloader reloader = new RuleSetReloader(source, initial,
                rules -> new DroolsTriageEngine(rules, calendar, catalogue, limits));
        try {
            return new WatchingTriageEngine(reloader,
                    new DirectoryWatcher(directory.directory(), quietPeriod, reloader::reload));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch rule directory " + source.describe(), e);
        }
    }

    @Override
    public Assessment assess(Case complaint) {
        // One read of the reference: the whole assessment runs on the rule set it returns.
        return reloader.current().assess(complaint);
    }

    @Override
    public RuleSet ruleSet() {
        return reloader.current().ruleSet();
    }

    @Override
    public ReloadEvent reload() {
        return reloader.reload();
    }

    @Override
    public void subscribe(ReloadListener listener) {
        reloader.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public boolean unsubscribe(ReloadListener listener) {
        return reloader.unsubscribe(listener);
    }

    @Override
    public boolean isWatching() {
        return watcher.isRunning();
    }

    @Override
    public void close() {
        watcher.close();
    }

    @Override
    public String toString() {
        return "WatchingTriageEngine[" + ruleSet() + "]";
    }
}
