// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Verdict;

/** Explicit {@link ReloadingTriageEngine#reload()}; the watcher waits an hour of quiet, so it never interferes. */
class ReloadingTriageEngineTest {
    @TempDir
    Path dir;
    private final List<ReloadingTriageEngine> engines = new ArrayList<>();

    static Case callOf(int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder("C-" + minutes, start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    static void confinementMinutes(Path dir, Object value) throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), "defaults:\n  confinementMinutes: " + value + "\n");
    }

    private ReloadingTriageEngine engine() throws IOException {
        TestRuleSets.basic(dir);
        confinementMinutes(dir, 60);
        ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(dir))
                .reloadQuietPeriod(Duration.ofHours(1)).buildWatching();
        engines.add(engine);
        return engine;
    }

    @AfterEach
    void close() {
        engines.forEach(ReloadingTriageEngine::close);
    }

    @Test
    void aValidChangeIsSwappedInAndTheNextAssessmentUsesIt() throws IOException {
        ReloadingTriageEngine engine = engine();
        Assessment before = engine.assess(callOf(50));
        assertThat(before.verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);

        confinementMinutes(dir, 45);
        ReloadEvent event = engine.reload();

        assertThat(event).isInstanceOfSatisfying(ReloadEvent.Reloaded.class, r -> {
            assertThat(r.previous()).isEqualTo(before.ruleSet());
            assertThat(r.ruleSet().version()).isNotEqualTo(before.ruleSet().version());
            assertThat(r.compileTime()).isPositive();
        });
        Assessment after = engine.assess(callOf(50));
        assertThat(after.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(after.ruleSet()).isEqualTo(event.ruleSet()).isEqualTo(engine.ruleSet().ref());
    }

    @Test
    void anInvalidRuleIsRejectedWithFileAndLineAndTheRunningRulesStay() throws IOException {
        ReloadingTriageEngine engine = engine();
        RuleSet running = engine.ruleSet();
        Files.writeString(dir.resolve("signals/broken.drl"), """
                package signals;

                rule "Broken"
                    @id("T-9") @source("CCAJ-2025")
                when
                    Foo(
                then
                end
                """);

        ReloadEvent event = engine.reload();

        assertThat(event).isInstanceOfSatisfying(ReloadEvent.Rejected.class, r -> {
            assertThat(r.ruleSet()).isEqualTo(running.ref());
            assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("signals/broken.drl");
                assertThat(p.line()).isBetween(3, 8);
            });
        });
        assertThat(engine.ruleSet()).isSameAs(running);
        assertThat(engine.assess(callOf(74)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    @Test
    void aThresholdOfTheWrongTypeIsRejectedNamingPolicyYaml() throws IOException {
        ReloadingTriageEngine engine = engine();
        RuleSet running = engine.ruleSet();
        confinementMinutes(dir, "an hour");

        ReloadEvent event = engine.reload();

        assertThat(event).isInstanceOfSatisfying(ReloadEvent.Rejected.class, r -> assertThat(r.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("policy.yaml");
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("confinementMinutes");
                }));
        assertThat(engine.ruleSet()).isSameAs(running);
    }

    @Test
    void savingWithoutAnEditOrTouchingEditorFilesLeavesTheRuleSetUnchanged() throws IOException {
        ReloadingTriageEngine engine = engine();
        RuleSet running = engine.ruleSet();
        confinementMinutes(dir, 60);
        Files.writeString(dir.resolve(".policy.yaml.swp"), "half a save");
        Files.writeString(dir.resolve("policy.yaml~"), "a backup");

        assertThat(engine.reload()).isInstanceOfSatisfying(ReloadEvent.Unchanged.class,
                u -> assertThat(u.ruleSet()).isEqualTo(running.ref()));
        assertThat(engine.ruleSet()).isSameAs(running);
    }

    @Test
    void aDeletedDirectoryIsRejectedAndTheNextValidContentLoads() throws IOException {
        ReloadingTriageEngine engine = engine();
        RuleSet running = engine.ruleSet();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        assertThat(engine.reload()).isInstanceOfSatisfying(ReloadEvent.Rejected.class, r ->
                assertThat(r.problems()).singleElement().satisfies(p ->
                        assertThat(p.message()).contains("rule directory not found")));
        assertThat(engine.assess(callOf(74)).ruleSet()).isEqualTo(running.ref());

        Files.createDirectories(dir);
        TestRuleSets.basic(dir);
        confinementMinutes(dir, 45);
        assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);
        assertThat(engine.assess(callOf(50)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    @Test
    void aListenerThatThrowsDoesNotStopLaterEventsOrOtherListeners() throws IOException {
        ReloadingTriageEngine engine = engine();
        List<ReloadEvent> heard = new CopyOnWriteArrayList<>();
        engine.subscribe(event -> {
            throw new IllegalStateException("listener bug");
        });
        engine.subscribe(heard::add);

        confinementMinutes(dir, 45);
        ReloadEvent first = engine.reload();
        confinementMinutes(dir, "an hour");
        ReloadEvent second = engine.reload();

        assertThat(heard).containsExactly(first, second);
        assertThat(first).isInstanceOf(ReloadEvent.Reloaded.class);
        assertThat(second).isInstanceOf(ReloadEvent.Rejected.class);
    }

    @Test
    void aListenerHearsEachReloadStartBeforeItsOutcomeOnTheReloadingThread() throws IOException {
        ReloadingTriageEngine engine = engine();
        RuleSetRef first = engine.ruleSet().ref();
        List<String> heard = new CopyOnWriteArrayList<>();
        engine.subscribe(new ReloadListener() {
            @Override
            public void beforeReload(RuleSetRef inUse) {
                heard.add("start " + inUse.version() + " on " + Thread.currentThread().getName());
            }

            @Override
            public void onReload(ReloadEvent event) {
                heard.add(event.getClass().getSimpleName() + " on " + Thread.currentThread().getName());
            }
        });

        confinementMinutes(dir, 45);
        ReloadEvent reloaded = engine.reload();

        String here = " on " + Thread.currentThread().getName();
        assertThat(heard).containsExactly("start " + first.version() + here, "Reloaded" + here);
        assertThat(reloaded.ruleSet().version()).isNotEqualTo(first.version());
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() throws IOException {
        ReloadingTriageEngine engine = engine();
        List<ReloadEvent> heard = new CopyOnWriteArrayList<>();
        ReloadListener listener = heard::add;
        engine.subscribe(listener);
        engine.reload();
        assertThat(engine.unsubscribe(listener)).isTrue();
        engine.reload();
        assertThat(heard).hasSize(1);
        assertThat(engine.unsubscribe(listener)).isFalse();
    }

    @Test
    void everyAssessmentDuringTwentyReloadsUsesOneWholeRuleSet() throws Exception {
        ReloadingTriageEngine engine = engine();
        String at60 = engine.ruleSet().version();
        confinementMinutes(dir, 45);
        String at45 = engine.reload().ruleSet().version();
        // A 50-minute call is confinement only under the 45-minute rule set: a mixture would break the pairing.
        Map<String, Verdict> expected = Map.of(at60, Verdict.LEGITIMATE_COMPLAINT,
                at45, Verdict.CUSTOMER_HARASSMENT);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> assessors = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            assessors.add(pool.submit(() -> {
                do {
                    Assessment a = engine.assess(callOf(50));
                    assertThat(a.ruleSet().version()).isIn(at60, at45);
                    assertThat(a.verdict()).as("verdict under %s", a.ruleSet().version())
                            .isEqualTo(expected.get(a.ruleSet().version()));
                    seen.merge(a.ruleSet().version(), 1, Integer::sum);
                } while (reloading.get());
                return null;
            }));
        }
        try {
            for (int i = 0; i < 20; i++) {
                confinementMinutes(dir, i % 2 == 0 ? 60 : 45);
                assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);
                assertThat(engine.ruleSet().version()).isEqualTo(i % 2 == 0 ? at60 : at45);
            }
        } finally {
            reloading.set(false);
        }
        for (Future<?> assessor : assessors) {
            assessor.get();
        }
        pool.shutdown();
        assertThat(seen.keySet()).containsExactlyInAnyOrder(at60, at45);
    }

    @Test
    void onlyARuleDirectoryCanBeWatched() {
        assertThatThrownBy(() -> TriageEngine.builder().rules(RuleSource.classpath("nowhere")).buildWatching())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RuleSource.directory");
        assertThatThrownBy(() -> TriageEngine.builder().reloadQuietPeriod(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reloadQuietPeriod");
    }
}
