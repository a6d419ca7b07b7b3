// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.micrometer.KasuharaMeters;

/** Counts the reload outcomes of a watching engine. */
public final class ReloadBinder implements MeterBinder {
    private final ReloadingTriageEngine engine;

    /** @param engine the engine whose reloads are counted */
    public ReloadBinder(ReloadingTriageEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Counter reloaded = counter(registry, "reloaded");
        Counter rejected = counter(registry, "rejected");
        Counter unchanged = counter(registry, "unchanged");
        engine.subscribe(event -> {
            if (event instanceof ReloadEvent.Reloaded) {
                reloaded.increment();
            } else if (event instanceof ReloadEvent.Rejected) {
                rejected.increment();
            } else {
                unchanged.increment();
            }
        });
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(KasuharaMeters.RULE_RELOADS).tag("outcome", outcome)
                .description("Reloads of the watched rule folder by outcome").register(registry);
    }
}
