// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kasuhara.calls.AnomalyReport;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.internal.CallerState;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.streams.TimerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live monitor per caller: the record key is read as a caller's pseudonym at once (hashing the caller it
 * names, or reading the pseudonym the re-keying put there; see {@link CallerKeyReader}); that caller's
 * {@link CallerState} is read from the store, the event applied, alerts forwarded keyed by call id, and the state
 * written back with its next due second indexed. A punctuation runs the callers that are due.
 */
final class CallEventProcessor implements Processor<String, String, String, String> {
    private static final Logger LOG = LoggerFactory.getLogger(CallEventProcessor.class);
    /** Callers run per punctuation at most, so that one punctuation never holds a transaction for long. */
    private static final int MAX_DUE_PER_RUN = 10_000;
    private final TopologyWiring.Settings settings;
    private final CallerKeyReader keys;
    private ProcessorContext<String, String> context;
    private KeyValueStore<Long, byte[]> callers;
    private TimerIndex timers;
    private long eventSecond = Long.MIN_VALUE;

    CallEventProcessor(TopologyWiring.Settings settings, CallerKeyReader keys) {
        this.settings = settings;
        this.keys = keys;
    }

    @Override
    public void init(ProcessorContext<String, String> value) {
        context = value;
        callers = context.getStateStore(TopologyWiring.CALLERS_STORE);
        timers = new TimerIndex(context.getStateStore(TopologyWiring.TIMERS_STORE));
        context.schedule(settings.punctuationInterval(), PunctuationType.WALL_CLOCK_TIME, wallClockMs -> {
            if (settings.timerClock() == TimerClock.WALL_CLOCK) {
                runDue(Math.floorDiv(wallClockMs, 1000));
            }
        });
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.key() == null || record.key().isEmpty()) {
            DeadLetters.send(context, record, keys.missingKeyReason());
            return;
        }
        long caller;
        try {
            caller = keys.pseudonymOf(record.key());
        } catch (IllegalArgumentException e) {
            DeadLetters.send(context, record, e.getMessage());
            return;
        }
        CallEvent event = DeadLetters.eventOrDeadLetter(context, record);
        if (event == null) {
            return;
        }
        CallerState state = load(caller);
        long before = state.nextDueSecond();
        List<CallAlert> alerts = state.accept(event, settings.engine().ruleSet(), this::anomaly);
        store(caller, state, before);
        forward(alerts, record.timestamp());
        long second = event.at().getEpochSecond();
        if (settings.timerClock() == TimerClock.EVENT_TIME && second > eventSecond) {
            eventSecond = second;
            runDue(second);
        }
    }

    private void runDue(long second) {
        for (long caller : timers.dueBy(second, MAX_DUE_PER_RUN)) {
            CallerState state = load(caller);
            long before = state.nextDueSecond();
            List<CallAlert> alerts = state.advanceTo(Instant.ofEpochSecond(second), settings.engine().ruleSet(),
                    this::anomaly);
            store(caller, state, before);
            forward(alerts, second * 1000);
        }
    }

    private CallerState load(long caller) {
        byte[] bytes = callers.get(caller);
        return bytes == null ? CallerState.empty(caller, settings.hold())
                : CallerState.fromBytes(caller, settings.hold(), bytes);
    }

    private void store(long caller, CallerState state, long dueBefore) {
        if (state.isEmpty()) {
            callers.delete(caller);
        } else {
            callers.put(caller, state.toBytes());
        }
        timers.move(caller, dueBefore, state.nextDueSecond());
    }

    private void forward(List<CallAlert> alerts, long timestamp) {
        for (CallAlert alert : alerts) {
            context.forward(new Record<>(alert.callId(), KasuharaJson.toJson(alert), timestamp),
                    TopologyWiring.ALERTS_SINK);
        }
    }

    private void anomaly(AnomalyReport report) {
        LOG.debug("call event anomaly: {}", report);
    }
}
