// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kasuhara.calls.Anomaly;
import org.kasuhara.calls.AnomalyReport;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextSignal;

/**
 * One caller's part of the live monitor, for hosts that keep each caller's state apart and move time themselves
 * (a Kafka Streams processor with a key-value store): the caller's calls within the repeat window, their running
 * and just-ended calls, and ended events waiting for their started. The rules, thresholds and evaluation are the
 * {@link LiveCallMonitor}'s; time is the events' time and what the host passes to {@link #advanceTo}. Serialises
 * to bytes ({@link CallerStateCodec}) holding no caller number. Not thread-safe. Public for kasuhara-streams; not
 * API.
 */
public final class CallerState {
    final long callerKey;
    final Duration hold;
    final CallerHistory history;
    final Map<String, OpenCall> open = new LinkedHashMap<>();
    final Map<String, OpenCall> ended = new LinkedHashMap<>();
    /** Ended events before their started: call id → {at second, at nano, held until second}. */
    final Map<String, long[]> pendingEnds = new LinkedHashMap<>();
    long time;

    CallerState(long callerKey, Duration hold, CallerHistory history, long time) {
        this.callerKey = callerKey;
        this.hold = hold;
        this.history = history;
        this.time = time;
    }

    /**
     * @param callerKey the caller's pseudonym
     * @param hold      how long an ended call is kept for late events, and an ended event waits for its started
     * @return a caller with no calls
     */
    public static CallerState empty(long callerKey, Duration hold) {
        return new CallerState(callerKey, hold, new CallerHistory(), Long.MIN_VALUE);
    }

    /**
     * @param callerKey the caller's pseudonym (the store's key)
     * @param hold      as for {@link #empty}
     * @param bytes     what {@link #toBytes()} wrote
     * @return the caller's state
     * @throws IllegalArgumentException when the bytes are not a caller state
     */
    public static CallerState fromBytes(long callerKey, Duration hold, byte[] bytes) {
        return CallerStateCodec.read(callerKey, hold, bytes);
    }

    /** @return the state as bytes, without any caller number */
    public byte[] toBytes() {
        return CallerStateCodec.write(this);
    }

    /**
     * Runs the minute evaluations due up to the event's time, then applies the event.
     *
     * @param event     the event (its caller, if any, is not read: the state belongs to one caller)
     * @param rules     the rule set in use
     * @param anomalies receives duplicates, disorder and unknown calls
     * @return the alerts raised, in order
     */
    public List<CallAlert> accept(CallEvent event, RuleSet rules, Consumer<AnomalyReport> anomalies) {
        List<CallAlert> alerts = new ArrayList<>(advanceTo(event.at(), rules, anomalies));
        switch (event.type()) {
            case STARTED -> started(event, rules, anomalies, alerts);
            case ENDED -> ended(event, rules, anomalies, alerts);
            case TRANSCRIPT -> transcript(event, rules, anomalies, alerts);
            default -> throw new IllegalStateException("unknown event type " + event.type());
        }
        return alerts;
    }

    private void started(CallEvent e, RuleSet rules, Consumer<AnomalyReport> anomalies, List<CallAlert> alerts) {
        String id = e.callId();
        if (open.containsKey(id) || ended.containsKey(id) || history.hasCall(OpenCall.hash(id))) {
            anomalies.accept(new AnomalyReport(Anomaly.DUPLICATE, id, "started again"));
            return;
        }
        Policy policy = rules.policies().forOrganization(e.organization());
        OpenCall call = new OpenCall(id, callerKey, e.matter(), e.organization(), e.at(),
                CallRuleRunner.offHours(e.at(), policy));
        history.add(e.at().getEpochSecond(), call.offHours, OpenCall.hash(e.matter()), OpenCall.hash(id));
        history.windowDays = policy.repeatWindowDays();
        long[] pending = pendingEnds.remove(id);
        if (pending != null) {
            anomalies.accept(new AnomalyReport(Anomaly.OUT_OF_ORDER, id, "ended arrived before started"));
            Instant end = Instant.ofEpochSecond(pending[0], pending[1]);
            call.end = end.isBefore(call.start) ? call.start : end;
            holdEnded(call);
            alerts.addAll(CallEvaluation.evaluate(rules, call, history, call.end, List.of()));
            return;
        }
        open.put(id, call);
        call.dueSecond = e.at().getEpochSecond() + 60;
        alerts.addAll(CallEvaluation.evaluate(rules, call, history, e.at(), List.of()));
    }

    private void ended(CallEvent e, RuleSet rules, Consumer<AnomalyReport> anomalies, List<CallAlert> alerts) {
        String id = e.callId();
        OpenCall call = open.get(id);
        if (call == null) {
            if (ended.containsKey(id) || pendingEnds.containsKey(id)) {
                anomalies.accept(new AnomalyReport(Anomaly.DUPLICATE, id, "ended again"));
            } else {
                pendingEnds.put(id, new long[] {e.at().getEpochSecond(), e.at().getNano(), heldUntil()});
            }
            return;
        }
        if (e.at().isBefore(call.start)) {
            anomalies.accept(new AnomalyReport(Anomaly.MALFORMED, id, "ended before it started"));
            return;
        }
        open.remove(id);
        call.end = e.at();
        holdEnded(call);
        alerts.addAll(CallEvaluation.evaluate(rules, call, history, e.at(), List.of()));
    }

    private void transcript(CallEvent e, RuleSet rules, Consumer<AnomalyReport> anomalies, List<CallAlert> alerts) {
        OpenCall call = open.get(e.callId());
        if (call == null) {
            call = ended.get(e.callId());   // speech-to-text may lag the end of the call
        }
        if (call == null) {
            anomalies.accept(new AnomalyReport(Anomaly.UNKNOWN_CALL, e.callId(),
                    "transcript chunk " + e.seq() + " for an unknown call"));
            return;
        }
        if (call.chunks.get(e.seq())) {
            anomalies.accept(new AnomalyReport(Anomaly.DUPLICATE, e.callId(),
                    "transcript chunk " + e.seq() + " again"));
            return;
        }
        call.chunks.set(e.seq());
        if (e.agentSpeaking()) {
            return;
        }
        List<TextSignal> signals = rules.analyzer().analyze(
                new TextInput(e.seq(), e.text(), e.language(), Speaker.CUSTOMER));
        if (!signals.isEmpty()) {
            alerts.addAll(CallEvaluation.evaluate(rules, call, history, e.at(), signals));
        }
    }

    /**
     * Runs every minute evaluation of running calls due at or before {@code to}, gives up calls open for a day,
     * and forgets ended calls, waiting ended events and history past their time.
     *
     * @param to        the host's time now; earlier than the state's time moves nothing back
     * @param rules     the rule set in use
     * @param anomalies receives stale calls and ended events that never found their started
     * @return the alerts raised, in order of their minute
     */
    public List<CallAlert> advanceTo(Instant to, RuleSet rules, Consumer<AnomalyReport> anomalies) {
        long until = to.getEpochSecond();
        List<CallAlert> alerts = new ArrayList<>(0);
        OpenCall next;
        while ((next = nextRunning()) != null && next.dueSecond <= until) {
            if ((next.dueSecond - next.start.getEpochSecond()) / 60 >= LiveCallMonitor.MAX_OPEN_MINUTES) {
                open.remove(next.callId);
                anomalies.accept(new AnomalyReport(Anomaly.STALE_OPEN_CALL, next.callId,
                        "open for 24 hours without an ended event"));
                continue;
            }
            alerts.addAll(CallEvaluation.evaluate(rules, next, history, Instant.ofEpochSecond(next.dueSecond),
                    List.of()));
            next.dueSecond += 60;
        }
        time = Math.max(time, until);
        pendingEnds.entrySet().removeIf(entry -> {
            boolean expired = entry.getValue()[2] < time;
            if (expired) {
                anomalies.accept(new AnomalyReport(Anomaly.ENDED_WITHOUT_STARTED, entry.getKey(),
                        "no started within " + hold));
            }
            return expired;
        });
        ended.values().removeIf(call -> call.heldUntil < time);
        if (history.size() > 0) {
            history.pruneBefore(time - history.windowDays * 86_400L);
        }
        return alerts;
    }

    private OpenCall nextRunning() {
        OpenCall first = null;
        for (OpenCall call : open.values()) {
            if (first == null || call.dueSecond < first.dueSecond) {
                first = call;
            }
        }
        return first;
    }

    /**
     * @return the epoch second at which {@link #advanceTo} next has work (a minute evaluation, an expiry), or
     *         {@code Long.MAX_VALUE} when the state {@link #isEmpty() is empty}
     */
    public long nextDueSecond() {
        long due = Long.MAX_VALUE;
        for (OpenCall call : open.values()) {
            due = Math.min(due, call.dueSecond);
        }
        for (OpenCall call : ended.values()) {
            due = Math.min(due, call.heldUntil + 1);
        }
        for (long[] pending : pendingEnds.values()) {
            due = Math.min(due, pending[2] + 1);
        }
        long earliest = history.earliestStart();
        if (earliest != Long.MAX_VALUE) {
            due = Math.min(due, earliest + history.windowDays * 86_400L + 1);
        }
        return due;
    }

    /** @return whether nothing is left to remember: the host may delete the state */
    public boolean isEmpty() {
        return open.isEmpty() && ended.isEmpty() && pendingEnds.isEmpty() && history.size() == 0;
    }

    private void holdEnded(OpenCall call) {
        call.heldUntil = heldUntil();
        ended.put(call.callId, call);
    }

    private long heldUntil() {
        return time + hold.toSeconds();
    }
}
