// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.rules.calls.TestClock.at;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.Anomaly;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.MonitorStats;

class CallMonitorBadInputTest {
    private final TestClock clock = new TestClock("2026-11-20T14:00");
    private final RecordingListener listener = new RecordingListener();
    private final CallMonitor monitor = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock)
            .listener(listener).build();

    private void event(String local, CallEvent event) {
        clock.set(local);
        monitor.accept(event);
    }

    /** Every count but the given ones is zero. */
    private void assertOnly(Map<Anomaly, Long> expected) {
        Map<Anomaly, Long> all = new EnumMap<>(Anomaly.class);
        for (Anomaly kind : Anomaly.values()) {
            all.put(kind, expected.getOrDefault(kind, 0L));
        }
        assertThat(monitor.stats().anomalies()).isEqualTo(all);
    }

    @Test
    void duplicateStartedAndEndedAreCountedOnceAndIgnored() {
        event("2026-11-20T14:00", CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
        event("2026-11-20T14:00", CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
        event("2026-11-20T14:10", CallEvent.ended("c-1", at("2026-11-20T14:10")));
        event("2026-11-20T14:10", CallEvent.ended("c-1", at("2026-11-20T14:10")));
        assertOnly(Map.of(Anomaly.DUPLICATE, 2L));
        assertThat(monitor.stats().eventsApplied()).isEqualTo(2);
    }

    @Test
    void aStartedRepeatedLaterIsStillADuplicateAndNotARepeatCall() {
        for (int i = 0; i < 3; i++) {   // a CRM retrying its deliveries within the allowed skew
            event("2026-11-20T14:0" + (2 * i), CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
            event("2026-11-20T14:0" + (2 * i + 1), CallEvent.ended("c-1", at("2026-11-20T14:01")));
        }
        assertThat(listener.rules()).doesNotContain("KH-CALL-003");
        assertOnly(Map.of(Anomaly.DUPLICATE, 4L));
    }

    @Test
    void anEndedBeforeItsStartedIsReorderedAndCountsOnce() {
        event("2026-11-20T15:05", CallEvent.ended("c-1", at("2026-11-20T15:05")));
        event("2026-11-20T15:06", CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")
                .plusSeconds(60 * 60)));
        assertOnly(Map.of(Anomaly.OUT_OF_ORDER, 1L));
        assertThat(monitor.stats().eventsApplied()).isEqualTo(2);
        assertThat(monitor.stats().openCalls()).isZero();
    }

    @Test
    void aLongCallWhoseEndedCameFirstStillReachesTheLine() {
        CallMonitor tolerant = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock)
                .maxClockSkew(java.time.Duration.ofHours(2)).listener(listener).build();
        clock.set("2026-11-20T15:05");
        tolerant.accept(CallEvent.ended("c-1", at("2026-11-20T15:05")));
        tolerant.accept(CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:04")));
        assertThat(listener.rules()).containsExactly("KH-CALL-002");
        assertThat(listener.alerts.get(0).evidence()).isEqualTo("61 min (14:04–15:05), line 60 min");
        assertThat(tolerant.stats().count(Anomaly.OUT_OF_ORDER)).isEqualTo(1);
    }

    @Test
    void anEndedWithoutStartedIsCountedWhenNoStartedComesWithinTheSkew() {
        event("2026-11-20T14:00", CallEvent.ended("ghost", at("2026-11-20T14:00")));
        assertOnly(Map.of());
        clock.set("2026-11-20T14:30");
        monitor.tick();
        assertOnly(Map.of(Anomaly.ENDED_WITHOUT_STARTED, 1L));
        assertThat(listener.anomalies).extracting(r -> r.callId()).containsExactly("ghost");
        assertThat(monitor.stats().eventsApplied()).isZero();
    }

    @Test
    void eventsFarFromTheMonitorClockAreRefusedAsClockSkew() {
        clock.set("2026-11-20T14:00");
        monitor.accept(CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T16:00")));
        monitor.accept(CallEvent.started("c-2", "+81-1", "m", null, at("2026-11-20T09:00")));
        monitor.accept(CallEvent.started("c-3", "+81-1", "m", null, at("2026-11-20T14:09")));
        assertOnly(Map.of(Anomaly.CLOCK_SKEW, 2L));
        assertThat(monitor.stats().openCalls()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsCountedWithWhatIsWrongAndNeverThrown() {
        clock.set("2026-11-20T14:00");
        monitor.acceptJson("{not json");
        monitor.acceptJson("[1, 2]");
        monitor.acceptJson("{\"type\":\"started\",\"callId\":\"c-1\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        monitor.acceptJson("{\"type\":\"hung-up\",\"callId\":\"c-1\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        monitor.acceptJson("{\"type\":\"ended\",\"callId\":\"c-1\",\"at\":\"yesterday\"}");
        monitor.acceptJson("{\"type\":\"ended\",\"callid\":\"c-1\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        monitor.acceptJson("{\"type\":\"transcript\",\"callId\":\"c-1\",\"text\":\"x\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        assertOnly(Map.of(Anomaly.MALFORMED, 7L));
        assertThat(listener.anomalies).extracting(r -> r.detail()).containsExactly(
                "not valid JSON at column 2", "expected a JSON object",
                "caller: missing; a started event names the caller", "type: expected started, ended or transcript",
                "at: expected a date-time with offset such as 2026-11-20T14:03:00+09:00",
                "callid: unknown field; expected one of [type, callId, caller, matter, organization, at, seq, text,"
                        + " language, speaker]",
                "seq: missing or negative; a transcript chunk has a sequence number from 0");
        monitor.acceptJson("{\"type\":\"started\",\"callId\":\"c-1\",\"caller\":\"+81-1\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        assertThat(monitor.stats().eventsApplied()).isEqualTo(1);
    }

    @Test
    void transcriptsOfUnknownCallsAndRepeatedChunksAreCounted() {
        event("2026-11-20T14:00", CallEvent.transcript("nobody", 0, "馬鹿じゃないのか。", at("2026-11-20T14:00")));
        event("2026-11-20T14:00", CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
        event("2026-11-20T14:01", CallEvent.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:01")));
        event("2026-11-20T14:01", CallEvent.transcript("c-1", 0, "馬鹿じゃないのか。", at("2026-11-20T14:01")));
        assertOnly(Map.of(Anomaly.UNKNOWN_CALL, 1L, Anomaly.DUPLICATE, 1L));
        assertThat(listener.rules()).containsExactly("KH-CALL-005");
    }

    @Test
    void aCallWhoseEndedIsLostIsClosedAfterADay() {
        event("2026-11-20T14:00", CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
        clock.set("2026-11-21T14:01");
        monitor.tick();
        assertOnly(Map.of(Anomaly.STALE_OPEN_CALL, 1L));
        assertThat(monitor.stats().openCalls()).isZero();
        assertThat(listener.rules()).containsExactly("KH-CALL-001", "KH-CALL-002");
    }

    @Test
    void aFailingListenerNeitherStopsTheMonitorNorTheOtherListeners() {
        RecordingListener second = new RecordingListener();
        CallMonitor withFailing = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock)
                .listener(alert -> {
                    throw new IllegalStateException("listener down");
                }).listener(second).build();
        clock.set("2026-11-20T14:00");
        withFailing.accept(CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
        clock.set("2026-11-20T15:00");
        withFailing.tick();
        MonitorStats stats = withFailing.stats();
        assertThat(second.rules()).containsExactly("KH-CALL-001", "KH-CALL-002");
        assertThat(stats.count(Anomaly.LISTENER_FAILED)).isEqualTo(2);
        assertThat(stats.alertsRaised()).isEqualTo(2);
    }
}
