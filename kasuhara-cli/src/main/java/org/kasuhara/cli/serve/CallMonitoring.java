// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.webhook.WebhookAlertSink;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.engine.TriageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live call monitor of {@code kasuhara serve --call-monitor}: fed by {@code POST /api/v1/call-events}, run on
 * the serve engine's rules (reloads included), ticked every {@link #TICK} so that running calls cross their lines on
 * time, its alerts printed (rule, kind, call id, severity: never a caller or a transcript) and, with a webhook,
 * posted there by {@link WebhookAlertSink} (retries with backoff).
 */
final class CallMonitoring implements AutoCloseable {
    /** How often running calls are evaluated between events. */
    static final Duration TICK = Duration.ofSeconds(5);
    /** How old an event may be when records of finished calls feed the monitor: a call's start, a day at most. */
    static final Duration RECORD_SKEW = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(CallMonitoring.class);
    private final CallMonitor monitor;
    private final WebhookAlertSink webhook;
    private final ScheduledExecutorService ticker;

    /**
     * @param engine  the serve engine, whose rule set has {@code calls/} rules
     * @param webhook where to post alerts, or {@code null}
     * @param records whether the monitor is fed platform records of finished calls, whose start is as old as the
     *                call is long: events up to {@link #RECORD_SKEW} old are then taken
     * @param out     where alerts are printed
     * @param labels  the language of what is printed
     * @throws IllegalStateException when the rule set has no {@code calls/} rules
     */
    CallMonitoring(TriageEngine engine, URI webhook, boolean records, PrintWriter out, Labels labels) {
        this.monitor = CallMonitor.builder().rules(engine).listener(alert -> print(alert, out, labels))
                .maxClockSkew(records ? RECORD_SKEW : org.kasuhara.calls.CallMonitorBuilder.DEFAULT_MAX_CLOCK_SKEW)
                .build();
        this.webhook = webhook == null ? null
                : new WebhookAlertSink(webhook, WebhookAlertSink.DEFAULT_ATTEMPTS, WebhookAlertSink.DEFAULT_BACKOFF);
        if (this.webhook != null) {
            monitor.subscribe(this.webhook);
        }
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kasuhara-call-monitor-tick");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    CallMonitor monitor() {
        return monitor;
    }

    private void tick() {
        try {
            monitor.tick();
        } catch (RuntimeException e) {
            // a failing rule must not stop the ticks of the calls that follow; the monitor counts it too
            LOG.warn("call monitor: a tick failed: {}", e.toString());
        }
    }

    private static void print(CallAlert alert, PrintWriter out, Labels labels) {
        out.println(labels.of("通話アラート", "call alert") + ": " + alert.rule() + " " + alert.kind() + " "
                + alert.severity() + " call " + alert.callId()
                + (alert.humanConfirmation() ? labels.of("（要確認）", " (to confirm)") : ""));
        out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (webhook != null) {
            try {
                webhook.flush(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
