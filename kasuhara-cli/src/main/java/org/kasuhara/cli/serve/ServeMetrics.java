// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.KasuharaMeters;
import org.kasuhara.web.MetricsScrape;

/** The meters of {@code serve}: Kasuhara's, in a Prometheus registry that {@code /metrics} scrapes. */
final class ServeMetrics implements MetricsScrape {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * @param engine the engine
     * @return the engine, its assessments (and reloads) counted and timed
     */
    TriageEngine instrument(TriageEngine engine) {
        return KasuharaMeters.instrument(engine, registry, ObservationRegistry.NOOP);
    }

    /**
     * @param store the store whose intakes and due reports to read on each scrape
     * @param zone  the counter's zone, for "today"
     */
    void bind(CaseStore store, ZoneId zone) {
        KasuharaMeters.caseStore(store, Clock.system(zone)).bindTo(registry);
    }

    @Override
    public String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }
}
