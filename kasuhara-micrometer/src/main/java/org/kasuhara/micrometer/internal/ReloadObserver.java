// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadListener;
import org.kasuhara.micrometer.DefaultRuleReloadObservationConvention;
import org.kasuhara.micrometer.RuleReloadContext;
import org.kasuhara.model.RuleSetRef;

/**
 * Observes each reload of a watching engine, by its watcher or by {@code reload()}: started when the reload starts,
 * stopped with its outcome. The engine runs one reload at a time and tells both on the reloading thread, so one
 * open observation at a time is all there is.
 */
public final class ReloadObserver implements ReloadListener {
    private final ObservationRegistry observations;
    private final AtomicReference<Observation> open = new AtomicReference<>();

    /** @param observations where the observations go */
    public ReloadObserver(ObservationRegistry observations) {
        this.observations = observations;
    }

    @Override
    public void beforeReload(RuleSetRef inUse) {
        RuleReloadContext context = new RuleReloadContext(inUse);
        Observation observation = Observation.createNotStarted(null, DefaultRuleReloadObservationConvention.INSTANCE,
                () -> context, observations).start();
        Observation unfinished = open.getAndSet(observation);
        if (unfinished != null) {
            unfinished.stop();
        }
    }

    @Override
    public void onReload(ReloadEvent event) {
        Observation observation = open.getAndSet(null);
        if (observation == null) {
            return; // subscribed while a reload ran: its start was missed
        }
        if (observation.getContext() instanceof RuleReloadContext context) {
            context.reloaded(event);
        }
        if (event instanceof ReloadEvent.Rejected rejected) {
            // a count only: the problems name files and lines, which belong in the log
            observation.error(new RuleSetRejected(rejected.problems().size()));
        }
        observation.stop();
    }

    /** The error a rejected reload's observation carries (spans marked failed), without the problems' text. */
    static final class RuleSetRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RuleSetRejected(int problems) {
            super("rule set rejected with " + problems + " problem(s); the rules in use stay", null, false, false);
        }
    }
}
