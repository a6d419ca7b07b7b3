// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;

/** {@code /metrics} serves the host's scrape to the staff key only, and exists only when the host gives one. */
class MetricsEndpointTest {
    private static final String STAFF = AccessKeys.generate();
    private static final String ACME = AccessKeys.generate();

    @TempDir
    Path rules;

    /** A scrape in Prometheus' text format that counts how often it was read. */
    private static final class CountingScrape implements MetricsScrape {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public String contentType() {
            return "text/plain; version=0.0.4; charset=utf-8";
        }

        @Override
        public String scrape() {
            return "kasuhara_scrapes_total " + reads.incrementAndGet() + "\n";
        }
    }

    private KasuharaServer start(MetricsScrape metrics) {
        KasuharaWeb.Builder builder = KasuharaWeb.builder().store(CaseStore.inMemory())
                .engine(TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(rules))).build())
                .settings(WebSettings.of(Map.of("kasuhara.web.port", "0",
                        "kasuhara.web.staffKey", AccessKeys.hash(STAFF),
                        "kasuhara.web.apiKey.acme-foods", AccessKeys.hash(ACME))));
        if (metrics != null) {
            builder.metrics(metrics);
        }
        return KasuharaServer.start(builder.build());
    }

    @Test
    void onlyTheStaffKeyReadsTheMetrics() {
        CountingScrape scrape = new CountingScrape();
        try (KasuharaServer server = start(scrape)) {
            Http http = new Http(server.uri());
            assertThat(http.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(http.get("/metrics", ACME).statusCode()).isEqualTo(403);

            HttpResponse<String> metrics = http.get("/metrics", STAFF);

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(metrics.body()).isEqualTo("kasuhara_scrapes_total 1\n");
            assertThat(scrape.reads).hasValue(1);
        }
    }

    @Test
    void withoutAScrapeThereIsNoMetricsPath() {
        try (KasuharaServer server = start(null)) {
            assertThat(new Http(server.uri()).get("/metrics", STAFF).statusCode()).isEqualTo(404);
        }
    }
}
