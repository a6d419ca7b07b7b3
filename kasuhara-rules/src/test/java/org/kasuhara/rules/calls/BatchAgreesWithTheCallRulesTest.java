// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.batch.CallRecordAnalysis;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.policy.Policies;

/**
 * The batch analysis of call records keeps a fast path of its own for KH-CALL-002 (confinement), KH-CALL-003
 * (repeat calls on one matter) and KH-CALL-004 (off-hours pattern); the live monitor runs the {@code calls/} DRL.
 * On the same random records both must name exactly the same rules for every caller, so the two cannot drift.
 */
class BatchAgreesWithTheCallRulesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final List<String> BATCH_RULES = List.of("KH-CALL-002", "KH-CALL-003", "KH-CALL-004");

    private record Call(String id, String caller, String matter, LocalDateTime start, int minutes) {
    }

    @Test
    void onRandomRecordsTheBatchAndTheRulesNameTheSameRulesForEveryCaller(@TempDir Path dir) throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            List<Call> calls = randomCalls(new Random(seed), 120, 500);
            Map<String, Set<String>> batch = batch(dir.resolve("run-" + seed), calls);
            assertThat(batch.values().stream().flatMap(Set::stream).distinct())
                    .as("every rule fires for some caller").containsExactlyInAnyOrderElementsOf(BATCH_RULES);
            assertThat(batch.size()).as("callers with findings").isBetween(5, 119);
            assertThat(batch).as("seed " + seed).isEqualTo(monitor(calls));
        }
    }

    private static List<Call> randomCalls(Random random, int callers, int count) {
        List<Call> calls = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2026, 9, 1, 0, 0);
        for (int i = 0; i < count; i++) {
            int caller = random.nextInt(callers);
            // Some callers call often, at night, about few matters: every rule fires for someone.
            int day = random.nextInt(caller < 8 ? 20 : 90);
            int hour = caller % 5 == 0 ? (22 + random.nextInt(9)) % 24 : 8 + random.nextInt(12);
            LocalDateTime start = first.plusDays(day).withHour(hour).withMinute(random.nextInt(60));
            int minutes = random.nextInt(10) == 0 ? 55 + random.nextInt(20) : 1 + random.nextInt(30);
            calls.add(new Call("c-" + i, "+81-" + caller, "m-" + caller + "-" + random.nextInt(caller < 8 ? 2 : 6), start, minutes));
        }
        // Calls of one caller never overlap in the batch's records either: keep the first of any overlap.
        calls.sort(Comparator.comparing(Call::start));
        Map<String, LocalDateTime> busyUntil = new HashMap<>();
        List<Call> kept = new ArrayList<>();
        for (Call c : calls) {
            LocalDateTime free = busyUntil.get(c.caller());
            if (free == null || !c.start().isBefore(free)) {
                kept.add(c);
                busyUntil.put(c.caller(), c.start().plusMinutes(c.minutes() + 1));
            }
        }
        return kept;
    }

    private static Map<String, Set<String>> batch(Path dir, List<Call> calls) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("started,caller,ticket,talk\n");
        for (Call c : calls) {
            csv.append(c.start().format(CSV_TIME)).append(',').append(c.caller()).append(',').append(c.matter())
                    .append(',').append(String.format("%02d:%02d:00", c.minutes() / 60, c.minutes() % 60)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("cdr.csv"), csv);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                caller: caller
                matter: ticket
                start: started
                duration: talk
                durationUnit: hms
                dateFormat: yyyy/MM/dd HH:mm:ss
                zone: Asia/Tokyo
                """);
        Path out = dir.resolve("out");
        CallRecordAnalysis.run(input, new CallRecordAnalysis.Options(Policies.defaults(), RecordMapping.load(mapping),
                CallRecordAnalysis.Format.CSV, true, null, 20, 1000), out, null);
        Map<String, Set<String>> rules = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            JsonNode node = json.readTree(line);
            for (JsonNode finding : node.get("findings")) {
                rules.computeIfAbsent(node.get("caller").asText(), k -> new TreeSet<>())
                        .add(finding.asText().substring(0, "KH-CALL-00x".length()));
            }
        }
        return rules;
    }

    private static Map<String, Set<String>> monitor(List<Call> calls) {
        record Timed(Instant at, CallEvent event) {
        }
        List<Timed> events = new ArrayList<>();
        Map<String, String> callers = new HashMap<>();
        for (Call c : calls) {
            Instant start = c.start().atZone(TOKYO).toInstant();
            Instant end = start.plus(Duration.ofMinutes(c.minutes()));
            events.add(new Timed(start, CallEvent.started(c.id(), c.caller(), c.matter(), null, start)));
            events.add(new Timed(end, CallEvent.ended(c.id(), end)));
            callers.put(c.id(), c.caller());
        }
        events.sort(Comparator.comparing(Timed::at));
        TestClock clock = new TestClock("2026-09-01T00:00");
        RecordingListener listener = new RecordingListener();
        CallMonitor monitor = CallMonitor.builder().rules(CallMonitorTest.RULES).clock(clock).listener(listener)
                .build();
        for (Timed t : events) {
            clock.set(t.at());
            monitor.advanceTo(t.at());
            monitor.accept(t.event());
        }
        Map<String, Set<String>> rules = new TreeMap<>();
        for (CallAlert alert : listener.alerts) {
            if (BATCH_RULES.contains(alert.rule())) {
                rules.computeIfAbsent(callers.get(alert.callId()), k -> new TreeSet<>()).add(alert.rule());
            }
        }
        return rules;
    }
}
