// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadListener;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.model.RuleSetRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the engine in use and replaces it, whole, when a reload compiles a changed, valid rule set. Readers take
 * {@link #current()} once per assessment; the volatile write is the atomic swap. An engine that is replaced
 * keeps its own session pool, so assessments in flight finish on it; it is then garbage.
 */
final class RuleSetReloader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetReloader.class);

    private final RuleSource source;
    private final Function<RuleSet, DroolsTriageEngine> engines;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    private final Object reloading = new Object();
    private volatile DroolsTriageEngine current;

    RuleSetReloader(RuleSource source, RuleSet initial,
                    Function<RuleSet, DroolsTriageEngine> engines) {
        this.source = source;
        this.engines = engines;
        this.current = engines.apply(initial);
    }

    DroolsTriageEngine current() {
        return current;
    }

    void subscribe(ReloadListener listener) {
        listeners.add(listener);
    }

    boolean unsubscribe(ReloadListener listener) {
        return listeners.remove(listener);
    }

    /** Reloads once; reloads never overlap, and listeners hear of them in order. */
    ReloadEvent reload() {
        synchronized (reloading) {
            RuleSetRef inUse = current.ruleSet().ref();
            tell(listener -> listener.beforeReload(inUse));
            ReloadEvent event = compileAndSwap();
            log(event);
            tell(listener -> listener.onReload(event));
            return event;
        }
    }

    private void tell(Consumer<ReloadListener> call) {
        for (ReloadListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("reload listener {} failed; later events are still delivered",
                        listener.getClass().getName(), e);
            }
        }
    }

    private ReloadEvent compileAndSwap() {
        RuleSetRef inUse = current.ruleSet().ref();
        long start = System.nanoTime();
        try {
            // Hash exactly the files that are compiled, so the reported version is the one that runs.
            List<RuleFile> files = RuleSetCompiler.read(source);
            if (RuleSetCompiler.version(files).equals(inUse.version())) {
                return new ReloadEvent.Unchanged(inUse, Instant.now());
            }
            RuleSet next = RuleSetCompiler.compile(source.describe(), files);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            current = engines.apply(next);
            return new ReloadEvent.Reloaded(inUse, next.ref(), took, Instant.now());
        } catch (RuleSetException e) {
            return new ReloadEvent.Rejected(inUse, e.problems(), Instant.now());
        } catch (RuntimeException e) {
            // A failure inside Drools must not replace working rules, nor end the watcher.
            LOG.warn("rule set {} could not be compiled", source.describe(), e);
            return new ReloadEvent.Rejected(inUse, List.of(new RuleProblem(source.describe(), 0, null,
                    "cannot compile: " + e)), Instant.now());
        }
    }

    private void log(ReloadEvent event) {
        if (event instanceof ReloadEvent.Reloaded r) {
            LOG.info("rule set {} reloaded in {} ms: {} {} replaces {}", source.describe(),
                    r.compileTime().toMillis(), r.ruleSet().name(), r.ruleSet().version(), r.previous().version());
        } else if (event instanceof ReloadEvent.Rejected r) {
            LOG.warn("rule set {} rejected with {} problem(s); keeping {} {}", source.describe(),
                    r.problems().size(), r.ruleSet().name(), r.ruleSet().version());
            for (RuleProblem p : r.problems()) {
                LOG.warn("  {}", where(p));
            }
        } else {
            LOG.debug("rule set {} unchanged: {}", source.describe(), event.ruleSet().version());
        }
    }

    /** {@code dir/file:line: message}, so that the line can be opened from the log. */
    private RuleProblem where(RuleProblem p) {
        String file = p.file().equals(source.describe()) ? p.file() : source.describe() + "/" + p.file();
        return new RuleProblem(file, p.line(), p.rule(), p.message());
    }
}
