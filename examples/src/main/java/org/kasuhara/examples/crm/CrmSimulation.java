// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.crm;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

/**
 * Runs the simulated CRM against a live call monitor over HTTP and prints each alert with its simulated time:
 * {@code java -cp … org.kasuhara.examples.crm.CrmSimulation}. Simulated time runs as fast as the machine does.
 */
public final class CrmSimulation {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private CrmSimulation() {
    }

    /**
     * Runs the scripted day and collects the alerts.
     *
     * @param rules the rule set (its {@code calls/} rules and policy)
     * @param print where to print each alert, or {@code null}
     * @return the alerts, in order
     * @throws Exception when the simulation cannot run
     */
    public static List<CallAlert> run(RuleSet rules, PrintStream print) throws Exception {
        List<SimulatedCrm.Step> steps = SimulatedCrm.script();
        SimulatedClock clock = new SimulatedClock(steps.get(0).at());
        List<CallAlert> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
        CallMonitor monitor = CallMonitor.builder().rules(rules).clock(clock).listener(alert -> {
            alerts.add(alert);
            if (print != null) {
                print.println(describe(alert));
            }
        }).build();
        try (CallEventReceiver receiver = new CallEventReceiver(monitor, 0)) {
            Instant end = steps.get(steps.size() - 1).at().plusSeconds(3600);
            new SimulatedCrm().run(receiver.uri(), steps, end, time -> {
                clock.set(time);
                monitor.tick();
            });
        }
        return List.copyOf(alerts);
    }

    /**
     * @param alert an alert
     * @return one line: simulated time, rule, call, evidence, recommended action
     */
    public static String describe(CallAlert alert) {
        return TIME.format(alert.at()) + "  " + alert.rule() + "  " + alert.kind() + "  " + alert.callId() + "  "
                + alert.evidence() + (alert.action() == null ? "" : "  → " + alert.action()
                + (alert.humanConfirmation() ? " (要確認 / to confirm)" : ""));
    }

    /**
     * @param args none
     * @throws Exception when the simulation cannot run
     */
    public static void main(String[] args) throws Exception {
        run(RuleSet.compile(RuleSource.defaults()), System.out);
    }
}
