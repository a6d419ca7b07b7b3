// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.rules.calls.TestClock.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.AnomalyReport;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.internal.CallerState;

/**
 * One caller's state kept outside the monitor (as a Kafka Streams store keeps it: bytes between events) raises
 * the same alerts, at the same minutes, as the monitor itself.
 */
class CallerStateAgreesWithTheMonitorTest {
    private static final Duration HOLD = Duration.ofMinutes(10);
    private final TestClock clock = new TestClock("2026-11-01T10:00");
    private final RecordingListener listener = new RecordingListener();
    private final CallMonitor monitor = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock)
            .listener(listener).build();
    private final List<CallAlert> stateAlerts = new ArrayList<>();
    private final List<AnomalyReport> stateAnomalies = new ArrayList<>();
    private byte[] stored = CallerState.empty(42L, HOLD).toBytes();

    private void event(CallEvent event) {
        clock.set(event.at());
        monitor.accept(event);
        CallerState state = CallerState.fromBytes(42L, HOLD, stored);
        stateAlerts.addAll(state.accept(event, CallMonitorTest.RULES, stateAnomalies::add));
        stored = state.toBytes();
    }

    private void tickTo(String local) {
        clock.set(local);
        monitor.tick();
        CallerState state = CallerState.fromBytes(42L, HOLD, stored);
        stateAlerts.addAll(state.advanceTo(at(local), CallMonitorTest.RULES, stateAnomalies::add));
        stored = state.toBytes();
    }

    @Test
    void longCallsRepeatsOffHoursAndWordsRaiseTheSameAlertsAtTheSameMinutes() {
        String caller = "+81-90-1234-5678";
        for (int day = 1; day <= 3; day++) {
            String date = "2026-11-0" + day;
            event(CallEvent.started("n-" + day, caller, "order-7", null, at(date + "T23:10")));
            event(CallEvent.ended("n-" + day, at(date + "T23:15")));
        }
        event(CallEvent.started("c-1", caller, "order-7", null, at("2026-11-05T14:00")));
        event(CallEvent.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-05T14:06")));
        event(CallEvent.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-05T14:07")));
        tickTo("2026-11-05T14:49");
        tickTo("2026-11-05T15:30");
        event(CallEvent.ended("c-1", at("2026-11-05T15:31")));

        assertThat(listener.alerts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(stateAlerts).containsExactlyElementsOf(listener.alerts);
        assertThat(stateAnomalies).extracting(AnomalyReport::kind)
                .containsExactlyElementsOf(listener.anomalies.stream().map(AnomalyReport::kind).toList());
    }

    @Test
    void anEndedEventBeforeItsStartedStillEndsTheCall() {
        event(CallEvent.ended("c-9", at("2026-11-01T10:30")));
        event(CallEvent.started("c-9", "+81-90-1234-5678", null, null, at("2026-11-01T10:00")));
        tickTo("2026-11-01T12:00");
        assertThat(stateAlerts).isEmpty();
        assertThat(stateAnomalies).extracting(AnomalyReport::kind)
                .containsExactlyElementsOf(listener.anomalies.stream().map(AnomalyReport::kind).toList());
    }

    @Test
    void aCallerIsForgottenOnceTheirLastCallLeavesTheWindow() {
        event(CallEvent.started("c-1", "+81-90-1234-5678", "order-1", null, at("2026-11-01T10:00")));
        event(CallEvent.ended("c-1", at("2026-11-01T10:05")));
        CallerState state = CallerState.fromBytes(42L, HOLD, stored);
        assertThat(state.isEmpty()).isFalse();
        long due = state.nextDueSecond();
        assertThat(Instant.ofEpochSecond(due)).isEqualTo(at("2026-11-01T10:05").plus(HOLD).plusSeconds(1));
        state.advanceTo(at("2026-12-02T10:00"), CallMonitorTest.RULES, stateAnomalies::add);
        assertThat(state.isEmpty()).isTrue();
        assertThat(state.nextDueSecond()).isEqualTo(Long.MAX_VALUE);
    }
}
