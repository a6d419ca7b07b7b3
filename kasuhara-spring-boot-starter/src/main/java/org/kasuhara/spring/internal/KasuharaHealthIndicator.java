// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.RuleSetRef;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP with the rule set in use, the last reload and rejection of a watched folder and the store's overdue reports;
 * DOWN when the folder is no longer watched or the store cannot be reached. A rejected change leaves it UP: the rules
 * in use still assess, and the rejection is in the details.
 */
public final class KasuharaHealthIndicator extends AbstractHealthIndicator {
    private final TriageEngine engine;
    private final CaseStore store;
    private final Clock clock;
    private final AtomicReference<ReloadEvent.Reloaded> lastReload = new AtomicReference<>();
    private final AtomicReference<ReloadEvent.Rejected> lastRejection = new AtomicReference<>();

    /**
     * @param engine the engine; a watching one is subscribed to
     * @param store  the store, or {@code null} when there is none
     * @param clock  today's date in the counter's zone
     */
    public KasuharaHealthIndicator(TriageEngine engine, CaseStore store, Clock clock) {
        super("Kasuhara health check failed");
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        if (engine instanceof ReloadingTriageEngine reloading) {
            reloading.subscribe(event -> {
                if (event instanceof ReloadEvent.Reloaded reloaded) {
                    lastReload.set(reloaded);
                } else if (event instanceof ReloadEvent.Rejected rejected) {
                    lastRejection.set(rejected);
                }
            });
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RuleSetRef ruleSet = engine.ruleSet().ref();
        builder.up().withDetail("ruleSet", Map.of("name", ruleSet.name(), "version", ruleSet.version()));
        if (engine instanceof ReloadingTriageEngine reloading) {
            builder.withDetail("watching", reloading.isWatching());
            if (!reloading.isWatching()) {
                builder.down();
            }
            ReloadEvent.Reloaded reloaded = lastReload.get();
            if (reloaded != null) {
                builder.withDetail("lastReload", Map.of("at", reloaded.at().toString(),
                        "version", reloaded.ruleSet().version()));
            }
            ReloadEvent.Rejected rejected = lastRejection.get();
            if (rejected != null) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("at", rejected.at().toString());
                // file:line and the compiler's message: rule files hold no personal data
                detail.put("problems", rejected.problems().stream().limit(10).map(Object::toString).toList());
                builder.withDetail("lastRejection", detail);
            }
        }
        if (store != null) {
            try {
                builder.withDetail("store", Map.of("reachable", true,
                        "overdue", store.count(CaseQuery.overdue(LocalDate.now(clock)))));
            } catch (RuntimeException e) {
                builder.down().withDetail("store", Map.of("reachable", false,
                        "error", e.getClass().getSimpleName()));
            }
        }
    }
}
