// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.rules.calls.TestClock.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;

class CallMonitorReloadAndRestartTest {
    private static final byte[] KEY = "a secret of sixteen bytes or more".getBytes();
    private final TestClock clock = new TestClock("2026-11-20T14:00");

    static Path copyDefaults(Path dir) throws IOException {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        return dir;
    }

    @Test
    void aChangedThresholdInPolicyYamlChangesTheAlerts(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        try (ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(dir)).buildWatching()) {
            RecordingListener listener = new RecordingListener();
            CallMonitor monitor = CallMonitor.builder().rules(engine).clock(clock).listener(listener).build();
            Path policy = dir.resolve("policy.yaml");
            Files.writeString(policy, Files.readString(policy)
                    .replace("confinementMinutes: 60", "confinementMinutes: 45")
                    .replace("confinementWarningMinutes: 50", "confinementWarningMinutes: 40"));
            assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);

            monitor.accept(CallEvent.started("c-1", "+81-1", "m", null, at("2026-11-20T14:00")));
            clock.set("2026-11-20T15:00");
            monitor.tick();
            assertThat(listener.alerts).extracting(a -> a.rule() + " " + a.at() + " " + a.evidence()).containsExactly(
                    "KH-CALL-001 " + at("2026-11-20T14:40") + " 40 min so far (14:00–), line 45 min",
                    "KH-CALL-002 " + at("2026-11-20T14:45") + " 45 min (14:00–), line 45 min, warned before");
            assertThat(listener.alerts.get(1).ruleSet()).isEqualTo(engine.ruleSet().version());
        }
    }

    @Test
    void aRestartFromASnapshotKeepsRunningCallsAndRecentHistory(@TempDir Path dir) {
        RecordingListener before = new RecordingListener();
        CallMonitor first = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock).callerKey(KEY)
                .listener(before).build();
        String caller = "+81-90-7777-8888";
        for (int day = 1; day <= 2; day++) {
            clock.set("2026-11-1" + day + "T10:00");
            first.accept(CallEvent.started("old-" + day, caller, "order-9", null, at("2026-11-1" + day + "T10:00")));
            clock.set("2026-11-1" + day + "T10:05");
            first.accept(CallEvent.ended("old-" + day, at("2026-11-1" + day + "T10:05")));
        }
        clock.set("2026-11-20T14:00");
        first.accept(CallEvent.started("long", "+81-1", "m", null, at("2026-11-20T14:00")));
        clock.set("2026-11-20T14:55");
        first.tick();
        assertThat(before.rules()).containsExactly("KH-CALL-001");
        Path snapshot = dir.resolve("monitor.jsonl");
        first.snapshot(snapshot);

        RecordingListener after = new RecordingListener();
        CallMonitor second = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock).callerKey(KEY)
                .restore(snapshot).listener(after).build();
        assertThat(second.stats().openCalls()).isEqualTo(1);
        assertThat(second.stats().callers()).isEqualTo(2);
        clock.set("2026-11-20T15:00");
        second.tick();
        assertThat(after.rules()).containsExactly("KH-CALL-002");   // no second warning
        assertThat(after.alerts.get(0).evidence()).endsWith("warned before");
        second.accept(CallEvent.started("new", caller, "order-9", null, at("2026-11-20T15:00")));
        assertThat(after.rules()).containsExactly("KH-CALL-002", "KH-CALL-003");
    }

    @Test
    void aSnapshotHoldsNoCallerNumberAndNeedsTheSameKey(@TempDir Path dir) throws IOException {
        CallMonitor first = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock).callerKey(KEY).build();
        first.accept(CallEvent.started("c-1", "+81-90-1234-5678", "m", null, at("2026-11-20T14:00")));
        Path snapshot = dir.resolve("monitor.jsonl");
        first.snapshot(snapshot);
        assertThat(Files.readString(snapshot)).doesNotContain("1234-5678").doesNotContain("1234");
        assertThatThrownBy(() -> CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock)
                .callerKey("another key of sixteen bytes".getBytes()).restore(snapshot).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another caller key");
    }
}
