// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

/** The live call monitor's meters, on the default rules' call rules (a warning at 50 minutes, the line at 60). */
class CallMonitorMetersTest {

    @Test
    void alertsByKindEventsAnomaliesAndOpenCallsAreMetered() {
        Instant start = Instant.parse("2026-11-20T05:00:00Z");
        CallMonitor monitor = CallMonitor.builder().rules(RuleSet.compile(RuleSource.defaults()))
                .clock(Clock.fixed(start, ZoneId.of("Asia/Tokyo"))).build();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        KasuharaMeters.callMonitor(monitor).bindTo(meters);

        monitor.accept(CallEvent.started("c-1", "+81-90-0000-0001", "order-1", null, start));
        monitor.accept(CallEvent.started("c-1", "+81-90-0000-0001", "order-1", null, start));
        monitor.advanceTo(start.plusSeconds(65 * 60));

        assertThat(meters.get(KasuharaMeters.CALL_ALERTS).tag("kind", "confinement_approaching").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.CALL_ALERTS).tag("kind", "confinement_reached").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.CALL_EVENTS).functionCounter().count()).isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.CALL_ANOMALIES).tag("kind", "duplicate").functionCounter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.OPEN_CALLS).gauge().value()).isEqualTo(1.0);
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().toString())
                .doesNotContain("+81", "order-1", "c-1"));
    }
}
