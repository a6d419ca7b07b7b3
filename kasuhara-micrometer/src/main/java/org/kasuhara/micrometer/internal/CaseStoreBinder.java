// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.micrometer.KasuharaMeters;

/** Intake counter and due/overdue gauges read from a case store on each scrape. */
public final class CaseStoreBinder implements MeterBinder {
    private final CaseStore store;
    private final Clock clock;

    /**
     * @param store the store
     * @param clock today's date in the counter's zone
     */
    public CaseStoreBinder(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder(KasuharaMeters.INTAKES, store, s -> s.count(CaseQuery.all()))
                .description("Cases received into the case store").register(registry);
        Gauge.builder(KasuharaMeters.DUE_TODAY, store, s -> s.count(CaseQuery.dueOn(LocalDate.now(clock))))
                .description("Cases to be reported to their organisation today").register(registry);
        Gauge.builder(KasuharaMeters.OVERDUE, store, s -> s.count(CaseQuery.overdue(LocalDate.now(clock))))
                .description("Cases not reported to their organisation by their deadline").register(registry);
    }
}
