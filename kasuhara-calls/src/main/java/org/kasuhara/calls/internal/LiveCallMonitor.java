// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.kasuhara.calls.Anomaly;
import org.kasuhara.calls.AnomalyReport;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.CallMonitorListener;
import org.kasuhara.calls.MonitorStats;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextSignal;

/**
 * The monitor. One lock: a single core handles tens of thousands of events a second (docs/benchmarks.md); beyond
 * that, partition by caller (docs/scale.md). Running calls are re-evaluated at every whole minute since they
 * started, so a rule on any number of minutes fires at its minute; the minute timers are a priority queue.
 */
public final class LiveCallMonitor implements CallMonitor {
    /** A call open this long lost its ended event. */
    static final long MAX_OPEN_MINUTES = 24 * 60;
    private static final long SWEEP_EVERY_SECONDS = 3600;

    private record Timer(long dueSecond, OpenCall call) {
    }

    /** An ended event waiting for its started, until the monitor's clock passes {@code untilSecond}. */
    private record HeldEnd(CallEvent event, long untilSecond) {
    }

    private final Supplier<RuleSet> rules;
    private final Clock clock;
    private final Duration maxSkew;
    final CallerKeys keys;
    private final List<CallMonitorListener> listeners = new CopyOnWriteArrayList<>();
    final Map<String, OpenCall> open = new HashMap<>();
    private final LinkedHashMap<String, OpenCall> recentlyEnded = new LinkedHashMap<>();
    private final LinkedHashMap<String, HeldEnd> pendingEnds = new LinkedHashMap<>();
    final Map<Long, CallerHistory> callers = new HashMap<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> Long.compare(a.dueSecond, b.dueSecond));
    private final EnumMap<Anomaly, Long> anomalies = new EnumMap<>(Anomaly.class);
    private long applied;
    private long alerts;
    Instant time;
    private long nextSweep;

    /**
     * @param rules   the current rule set, read at every evaluation
     * @param clock   the monitor's clock
     * @param maxSkew how far an event's time may be from the clock
     * @param key     the caller pseudonymisation key
     */
    public LiveCallMonitor(Supplier<RuleSet> rules, Clock clock, Duration maxSkew, byte[] key) {
        this.rules = rules;
        this.clock = clock;
        this.maxSkew = maxSkew;
        this.keys = new CallerKeys(key);
        this.time = clock.instant();
        this.nextSweep = time.getEpochSecond() + SWEEP_EVERY_SECONDS;
        for (Anomaly kind : Anomaly.values()) {
            anomalies.put(kind, 0L);
        }
    }

    @Override
    public synchronized void accept(CallEvent event) {
        Instant now = clock.instant();
        if (Duration.between(event.at(), now).abs().compareTo(maxSkew) > 0) {
            anomaly(Anomaly.CLOCK_SKEW, event.callId(), "event time " + event.at() + " is "
                    + Duration.between(now, event.at()).toMinutes() + " min from the monitor's clock " + now);
            return;
        }
        runUntil(event.at());
        switch (event.type()) {
            case STARTED -> started(event);
            case ENDED -> ended(event);
            case TRANSCRIPT -> transcript(event);
            default -> throw new IllegalStateException("unknown event type " + event.type());
        }
    }

    @Override
    public void acceptJson(String json) {
        CallEvent event;
        try {
            event = CallEventJson.parse(json);
        } catch (IllegalArgumentException e) {
            synchronized (this) {
                anomaly(Anomaly.MALFORMED, null, e.getMessage());
            }
            return;
        }
        accept(event);
    }

    private void started(CallEvent e) {
        String id = e.callId();
        if (open.containsKey(id) || recentlyEnded.containsKey(id)) {
            anomaly(Anomaly.DUPLICATE, id, "started again");
            return;
        }
        RuleSet ruleSet = current();
        Policy policy = ruleSet.policies().forOrganization(e.organization());
        long key = keys.of(e.organization(), e.caller());
        CallerHistory history = callers.computeIfAbsent(key, k -> new CallerHistory());
        if (history.hasCall(OpenCall.hash(id))) {
            anomaly(Anomaly.DUPLICATE, id, "started again (call already in the caller's history)");
            return;
        }
        OpenCall call = new OpenCall(id, key, e.matter(), e.organization(), e.at(),
                CallRuleRunner.offHours(e.at(), policy));
        history.add(e.at().getEpochSecond(), call.offHours, OpenCall.hash(e.matter()), OpenCall.hash(id));
        history.windowDays = policy.repeatWindowDays();
        applied++;
        HeldEnd held = pendingEnds.remove(id);
        if (held != null) {
            CallEvent pending = held.event;
            anomaly(Anomaly.OUT_OF_ORDER, id, "ended arrived before started");
            call.end = pending.at().isBefore(call.start) ? call.start : pending.at();
            holdEnded(call);
            evaluate(call, call.end, List.of());
            applied++;
            return;
        }
        open.put(id, call);
        timers.add(new Timer(e.at().getEpochSecond() + 60, call));
        evaluate(call, e.at(), List.of());
    }

    private void ended(CallEvent e) {
        String id = e.callId();
        OpenCall call = open.get(id);
        if (call == null) {
            if (recentlyEnded.containsKey(id) || pendingEnds.containsKey(id)) {
                anomaly(Anomaly.DUPLICATE, id, "ended again");
            } else {
                // counted when its started comes, or when it never does
                pendingEnds.put(id, new HeldEnd(e, heldUntil()));
            }
            return;
        }
        if (e.at().isBefore(call.start)) {
            anomaly(Anomaly.MALFORMED, id, "ended at " + e.at() + " before it started at " + call.start);
            return;
        }
        open.remove(id);
        call.end = e.at();
        holdEnded(call);
        applied++;
        evaluate(call, e.at(), List.of());
    }

    private void transcript(CallEvent e) {
        OpenCall call = open.get(e.callId());
        if (call == null) {
            call = recentlyEnded.get(e.callId());   // speech-to-text may lag the end of the call
        }
        if (call == null) {
            anomaly(Anomaly.UNKNOWN_CALL, e.callId(), "transcript chunk " + e.seq() + " for an unknown call");
            return;
        }
        if (call.chunks.get(e.seq())) {
            anomaly(Anomaly.DUPLICATE, e.callId(), "transcript chunk " + e.seq() + " again");
            return;
        }
        call.chunks.set(e.seq());
        applied++;
        if (e.agentSpeaking()) {
            return;
        }
        List<TextSignal> signals = current().analyzer().analyze(
                new TextInput(e.seq(), e.text(), e.language(), Speaker.CUSTOMER));
        if (!signals.isEmpty()) {
            evaluate(call, e.at(), signals);
        }
    }

    private void evaluate(OpenCall call, Instant at, List<TextSignal> signals) {
        for (CallAlert alert : CallEvaluation.evaluate(current(), call, callers.get(call.callerKey), at, signals)) {
            publish(alert);
        }
    }

    private void publish(CallAlert alert) {
        alerts++;
        for (CallMonitorListener listener : listeners) {
            try {
                listener.onAlert(alert);
            } catch (RuntimeException e) {
                anomalies.merge(Anomaly.LISTENER_FAILED, 1L, Long::sum);
            }
        }
    }

    private void anomaly(Anomaly kind, String callId, String detail) {
        anomalies.merge(kind, 1L, Long::sum);
        AnomalyReport report = new AnomalyReport(kind, callId, detail);
        for (CallMonitorListener listener : listeners) {
            try {
                listener.onAnomaly(report);
            } catch (RuntimeException e) {
                anomalies.merge(Anomaly.LISTENER_FAILED, 1L, Long::sum);
            }
        }
    }

    private RuleSet current() {
        return rules.get();
    }

    @Override
    public synchronized void advanceTo(Instant to) {
        runUntil(to);
    }

    @Override
    public void tick() {
        advanceTo(clock.instant());
    }

    /** Runs minute evaluations due up to {@code to}, expires held events and, hourly, callers out of the window. */
    private void runUntil(Instant to) {
        long until = to.getEpochSecond();
        while (!timers.isEmpty() && timers.peek().dueSecond <= until) {
            Timer timer = timers.poll();
            OpenCall call = timer.call;
            if (call.end != null || call.stale) {
                continue;   // ended or given up: its timer just runs out
            }
            if ((timer.dueSecond - call.start.getEpochSecond()) / 60 >= MAX_OPEN_MINUTES) {
                open.remove(call.callId);
                call.stale = true;
                anomaly(Anomaly.STALE_OPEN_CALL, call.callId, "open for 24 hours without an ended event");
                continue;
            }
            evaluate(call, Instant.ofEpochSecond(timer.dueSecond), List.of());
            timers.add(new Timer(timer.dueSecond + 60, call));
        }
        if (to.isAfter(time)) {
            time = to;
        }
        expireHeld();
        if (time.getEpochSecond() >= nextSweep) {
            sweep();
            nextSweep = time.getEpochSecond() + SWEEP_EVERY_SECONDS;
        }
    }

    /** Keeps an ended call for late duplicates and transcript chunks, for the allowed skew. */
    private void holdEnded(OpenCall call) {
        call.heldUntil = heldUntil();
        recentlyEnded.put(call.callId, call);
    }

    /** The monitor's time is never before the event being handled, so deadlines grow in the order they are set. */
    private long heldUntil() {
        return time.getEpochSecond() + maxSkew.toSeconds();
    }

    /** Both maps are in the order their deadlines were set: expiring stops at the first entry still held. */
    private void expireHeld() {
        long now = time.getEpochSecond();
        for (Iterator<HeldEnd> it = pendingEnds.values().iterator(); it.hasNext(); ) {
            HeldEnd held = it.next();
            if (held.untilSecond >= now) {
                break;
            }
            it.remove();
            anomaly(Anomaly.ENDED_WITHOUT_STARTED, held.event.callId(), "no started within " + maxSkew);
        }
        for (Iterator<OpenCall> it = recentlyEnded.values().iterator(); it.hasNext(); ) {
            if (it.next().heldUntil >= now) {
                break;
            }
            it.remove();
        }
    }

    /** Forgets calls that left their repeat window, and callers with none left. */
    void sweep() {
        long now = time.getEpochSecond();
        callers.values().removeIf(history -> history.pruneBefore(now - history.windowDays * 86_400L));
    }

    @Override
    public void subscribe(CallMonitorListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized MonitorStats stats() {
        return new MonitorStats(time, applied, alerts, open.size(), callers.size(), anomalies);
    }

    @Override
    public synchronized void snapshot(Path file) {
        MonitorSnapshot.write(this, file);
    }

    /** Restores a snapshot into this (new) monitor. */
    public synchronized void restore(Path file) {
        MonitorSnapshot.read(this, file);
        for (OpenCall call : open.values()) {
            long due = call.start.getEpochSecond() + 60 * (call.minutesAt(time) + 1);
            timers.add(new Timer(due, call));
        }
    }
}
