// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallEventType;
import org.kasuhara.calls.internal.CallEventJson;
import org.kasuhara.streams.TimerClock;

/**
 * The second step of re-keying, on events keyed by call id (their caller already pseudonymised): a call's
 * {@code started} sets call id → caller pseudonym in a store, and every event of the call is forwarded keyed by that
 * pseudonym. Events that come before their {@code started} are held in the store, then released in order behind
 * it; if no {@code started} comes within the hold, each goes to the dead letters with the reason. A call's entry
 * goes the hold after its {@code ended} (for late transcript chunks), or a day and the hold after its
 * {@code started} when no {@code ended} comes. Time is the wall clock (a punctuation every interval) or, with
 * {@link TimerClock#EVENT_TIME}, the newest event time the task has seen.
 */
final class CallRouter implements Processor<String, String, String, String> {
    /** A call that never ends is forgotten after this (the monitor reports it stale after a day as well). */
    static final Duration OPEN_CALL_LIMIT = Duration.ofDays(1);
    /**
     * Events held for one call at most, so that its entry (and changelog record) stays small; more go to the dead
     * letters at once.
     */
    static final int MAX_HELD = 100;
    private static final int MAX_DUE_PER_RUN = 10_000;
    private final TopologyWiring.Settings settings;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> routes;
    private KeyValueStore<String, String> expiry;
    private long eventTime = Long.MIN_VALUE;

    CallRouter(TopologyWiring.Settings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, String> value) {
        context = value;
        routes = context.getStateStore(TopologyWiring.ROUTES_STORE);
        expiry = context.getStateStore(TopologyWiring.ROUTE_EXPIRY_STORE);
        if (settings.timerClock() == TimerClock.WALL_CLOCK) {
            context.schedule(settings.punctuationInterval(), PunctuationType.WALL_CLOCK_TIME, this::expire);
        }
    }

    @Override
    public void process(Record<String, String> record) {
        CallEvent event = DeadLetters.eventOrDeadLetter(context, record);
        if (event == null) {
            return;
        }
        long now = now(event);
        String callId = event.callId();
        String stored = routes.get(callId);
        CallRoute route = stored == null ? new CallRoute() : CallRoute.fromJson(stored);
        long dueBefore = route.due();
        String source = DeadLetters.sourceOf(context, record);
        if (route.caller() == null && event.type() == CallEventType.STARTED) {
            route.caller(event.caller());
            forward(route.caller(), source, record.timestamp(), record.value());
            for (CallRoute.Held held : route.held()) {
                forward(route.caller(), held.source(), held.timestamp(), held.value());
                if (isEnded(held.value())) {
                    route.end();
                }
            }
            route.held().clear();
            route.due(route.ended() ? now + settings.hold().toMillis()
                    : now + OPEN_CALL_LIMIT.toMillis() + settings.hold().toMillis());
        } else if (route.caller() != null) {
            forward(route.caller(), source, record.timestamp(), record.value());
            if (event.type() == CallEventType.ENDED && !route.ended()) {
                route.end();
                route.due(now + settings.hold().toMillis());
            }
        } else if (route.held().size() >= MAX_HELD) {
            DeadLetters.send(context, source, record.timestamp(), "callId: more than " + MAX_HELD
                    + " events before the call's started / 開始イベントより前のイベントが " + MAX_HELD + " 件を超えました");
            return;
        } else {
            if (route.held().isEmpty()) {
                route.due(now + settings.hold().toMillis());
            }
            route.held().add(new CallRoute.Held(source, record.timestamp(), record.value()));
        }
        routes.put(callId, route.toJson());
        move(callId, dueBefore, route.due());
        if (settings.timerClock() == TimerClock.EVENT_TIME) {
            expire(eventTime);
        }
    }

    private long now(CallEvent event) {
        if (settings.timerClock() == TimerClock.WALL_CLOCK) {
            return context.currentSystemTimeMs();
        }
        eventTime = Math.max(eventTime, event.at().toEpochMilli());
        return eventTime;
    }

    private static boolean isEnded(String value) {
        return CallEventJson.parse(value).type() == CallEventType.ENDED;
    }

    private void forward(String caller, String source, long timestamp, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(caller, value, timestamp, headers), TopologyWiring.BY_CALLER);
    }

    /** Drops the entries due by {@code now}; the events of a call that never started go to the dead letters. */
    private void expire(long now) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = expiry.range("", indexKey(Math.max(0, now) + 1, ""))) {
            while (it.hasNext() && due.size() < MAX_DUE_PER_RUN) {
                due.add(it.next());
            }
        }
        for (KeyValue<String, String> entry : due) {
            expiry.delete(entry.key);
            String stored = routes.get(entry.value);
            if (stored == null) {
                continue;
            }
            CallRoute route = CallRoute.fromJson(stored);
            if (route.due() > now) {
                continue;
            }
            if (route.caller() == null) {
                for (CallRoute.Held held : route.held()) {
                    DeadLetters.send(context, held.source(), held.timestamp(), "callId: no started event within "
                            + settings.hold() + "; the call is unknown or ended long ago / " + settings.hold()
                            + " 以内に開始イベントが届きません（不明な通話か、終了から時間が経っています）");
                }
            }
            routes.delete(entry.value);
        }
    }

    private void move(String callId, long fromDue, long toDue) {
        if (fromDue == toDue) {
            return;
        }
        if (fromDue != Long.MAX_VALUE) {
            expiry.delete(indexKey(fromDue, callId));
        }
        if (toDue != Long.MAX_VALUE) {
            expiry.put(indexKey(toDue, callId), callId);
        }
    }

    private static String indexKey(long due, String callId) {
        return String.format("%016x", Math.max(0, due)) + callId;
    }
}
