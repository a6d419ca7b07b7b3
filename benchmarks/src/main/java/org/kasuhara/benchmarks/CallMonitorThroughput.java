// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

/**
 * Events per second through the live call monitor with N concurrent calls (default 100,000), and the retained heap
 * per caller. The monitor runs on simulated time: N calls are opened, then each step ends one call and starts the
 * caller's next one (two events) while time moves one second every N/600 events, so that every open call is also
 * evaluated at each of its whole minutes; the per-minute evaluations are work the monitor does and are included.
 * Then M further callers (default 1,000,000) make one short call each, and the heap growth after full collections
 * is divided by M.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.CallMonitorThroughput [N] [events] [M]</pre>
 */
public final class CallMonitorThroughput {

    /** A clock that the benchmark moves. */
    private static final class SimClock extends Clock {
        volatile Instant now;

        SimClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private CallMonitorThroughput() {
    }

    /**
     * @param args N concurrent calls, events to time, M callers for the footprint
     * @throws InterruptedException when interrupted between collections
     */
    public static void main(String[] args) throws InterruptedException {
        int concurrent = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long events = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        int footprintCallers = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        RuleSet rules = RuleSet.compile(RuleSource.defaults());
        SimClock clock = new SimClock(Instant.parse("2026-11-20T01:00:00Z"));
        long[] alerts = new long[1];
        CallMonitor monitor = CallMonitor.builder().rules(rules).clock(clock).listener(a -> alerts[0]++).build();
        long second = clock.now.getEpochSecond();
        int[] callOf = new int[concurrent];
        for (int i = 0; i < concurrent; i++) {
            monitor.accept(CallEvent.started("c" + i + "-0", "+81-" + i, "m-" + (i % 1000), null, clock.now));
        }
        long perSecond = Math.max(1, concurrent / 600);   // calls last about 10 minutes on average
        long sent = 0;
        long warmup = events / 4;
        long t0 = 0;
        long alertsAtStart = 0;
        int i = 0;
        while (sent < events + warmup) {
            if (sent == warmup) {
                t0 = System.nanoTime();
                alertsAtStart = alerts[0];
            }
            monitor.accept(CallEvent.ended("c" + i + "-" + callOf[i], clock.now));
            callOf[i]++;
            monitor.accept(CallEvent.started("c" + i + "-" + callOf[i], "+81-" + i, "m-" + (i % 1000), null,
                    clock.now));
            sent += 2;
            i = (i + 1) % concurrent;
            if (sent % (2 * perSecond) == 0) {
                second++;
                clock.now = Instant.ofEpochSecond(second);
                monitor.tick();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "concurrent calls: %,d; events timed: %,d in %.1f s = %,.0f events/s"
                        + " (simulated %,d s; alerts %,d; open %,d; callers held %,d)%n", concurrent, events, seconds,
                events / seconds, second - Instant.parse("2026-11-20T01:00:00Z").getEpochSecond(),
                alerts[0] - alertsAtStart, monitor.stats().openCalls(), monitor.stats().callers());
        footprint(rules, footprintCallers);
    }

    private static void footprint(RuleSet rules, int callers) throws InterruptedException {
        SimClock clock = new SimClock(Instant.parse("2026-11-20T01:00:00Z"));
        CallMonitor monitor = CallMonitor.builder().rules(rules).clock(clock).build();
        monitor.accept(CallEvent.started("warm", "+81-0", "m", null, clock.now));
        monitor.accept(CallEvent.ended("warm", clock.now));
        long before = usedAfterGc();
        for (int i = 0; i < callers; i++) {
            monitor.accept(CallEvent.started("f" + i, "+81-90-" + i, "order-" + i, null, clock.now));
            monitor.accept(CallEvent.ended("f" + i, clock.now));
            if (i % 100_000 == 0) {
                clock.now = clock.now.plusSeconds(1);
            }
        }
        clock.now = clock.now.plusSeconds(3600);   // recently ended calls leave the duplicate check
        monitor.tick();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "callers held: %,d; retained heap %.1f MiB = %.0f bytes per caller%n",
                monitor.stats().callers(), (after - before) / 1048576.0, (after - before) / (double) callers);
        java.lang.ref.Reference.reachabilityFence(monitor);
    }

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
