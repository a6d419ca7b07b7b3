// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.Clock;
import java.util.Objects;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.web.Organisations;
import org.kasuhara.web.WebSettings;

/**
 * What the counter's servlets share: the store, the engine, settings, organisations, key checks, CSRF tokens.
 * Built once by {@code KasuharaWeb}.
 */
public final class WebContext {
    private final CaseStore store;
    private final TriageEngine engine;
    private final CaseIntake intake;
    private final WebSettings settings;
    private final Organisations organisations;
    private final Clock clock;
    private final Access access;
    private final CsrfTokens csrf;
    private org.kasuhara.calls.CallMonitor callMonitor;
    private org.kasuhara.calls.CallRecordEvents callRecords;
    private volatile org.kasuhara.cases.webhooks.spi.WebhookOutbox webhooks;
    private final java.util.concurrent.atomic.AtomicReference<org.kasuhara.engine.ReloadEvent> lastReload =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * @param store where cases are kept
     * @param engine the triage engine
     * @param settings the settings
     * @param organisations the organisations of the form
     * @param clock the clock for receipt times
     */
    public WebContext(CaseStore store, TriageEngine engine, WebSettings settings, Organisations organisations,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.csrf = new CsrfTokens(clock, settings.csrfSecret());
        this.intake = new CaseIntake(store, engine);
        if (engine instanceof org.kasuhara.engine.ReloadingTriageEngine reloading) {
            reloading.subscribe(event -> {
                if (!(event instanceof org.kasuhara.engine.ReloadEvent.Unchanged)) {
                    lastReload.set(event);
                }
            });
        }
        this.access = new Access(settings, organisations, clock);
    }

    CaseStore store() {
        return store;
    }

    TriageEngine engine() {
        return engine;
    }

    CaseIntake intake() {
        return intake;
    }

    /** @return the settings */
    public WebSettings settings() {
        return settings;
    }

    Organisations organisations() {
        return organisations;
    }

    Clock clock() {
        return clock;
    }

    Access access() {
        return access;
    }

    CsrfTokens csrf() {
        return csrf;
    }

    /**
     * Feeds {@code POST /api/v1/call-events} into a live call monitor; without one that route answers 404.
     *
     * @param monitor the monitor, or {@code null}
     */
    public void callMonitor(org.kasuhara.calls.CallMonitor monitor) {
        this.callMonitor = monitor;
    }

    /**
     * Makes {@code POST /api/v1/call-events} take a contact-centre platform's call records, mapped, instead of the
     * project's own call events.
     *
     * @param records the platform's records as events, or {@code null} for the project's own events
     */
    public void callRecords(org.kasuhara.calls.CallRecordEvents records) {
        this.callRecords = records;
    }

    /** @return the platform's records as events, empty when the route takes the project's own events */
    java.util.Optional<org.kasuhara.calls.CallRecordEvents> callRecords() {
        return java.util.Optional.ofNullable(callRecords);
    }

    /** @return the live call monitor the API feeds, empty when call events are not enabled */
    java.util.Optional<org.kasuhara.calls.CallMonitor> callMonitor() {
        return java.util.Optional.ofNullable(callMonitor);
    }

    /** @param outbox the webhook delivery log that {@code GET /api/v1/webhooks/deliveries} shows */
    public void webhooks(org.kasuhara.cases.webhooks.spi.WebhookOutbox outbox) {
        this.webhooks = outbox;
    }

    /** @return the webhook delivery log, empty when webhooks are not configured */
    java.util.Optional<org.kasuhara.cases.webhooks.spi.WebhookOutbox> webhooks() {
        return java.util.Optional.ofNullable(webhooks);
    }

    /** @return the last reload or rejection of the rule folder, empty when none happened since start */
    java.util.Optional<org.kasuhara.engine.ReloadEvent> lastReload() {
        return java.util.Optional.ofNullable(lastReload.get());
    }
}
