// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.engine.ReloadingTriageEngineTest.callOf;
import static org.kasuhara.engine.ReloadingTriageEngineTest.confinementMinutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Verdict;

/** The watcher thread: file changes reload without anyone calling {@code reload()}. */
class RuleDirectoryWatchTest {
    /** Generous: the watcher reacts within the quiet period, but a loaded CI machine may be slow. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path parent;
    private Path dir;
    private ReloadingTriageEngine engine;
    private final BlockingQueue<ReloadEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        dir = TestRuleSets.basic(Files.createDirectory(parent.resolve("rules")));
        confinementMinutes(dir, 60);
        engine = TriageEngine.builder().rules(RuleSource.directory(dir))
                .reloadQuietPeriod(Duration.ofMillis(100)).buildWatching();
        engine.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    /** The next event that is not {@link ReloadEvent.Unchanged} (an editor's extra events may cause those). */
    private ReloadEvent nextChange() throws InterruptedException {
        while (true) {
            ReloadEvent event = events.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertThat(event).as("a reload event within %d s", PATIENCE_SECONDS).isNotNull();
            if (!(event instanceof ReloadEvent.Unchanged)) {
                return event;
            }
        }
    }

    @Test
    void aSavedThresholdIsPickedUpWithoutARestart() throws Exception {
        assertThat(engine.assess(callOf(50)).verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);

        confinementMinutes(dir, 45);

        ReloadEvent event = nextChange();
        assertThat(event).isInstanceOf(ReloadEvent.Reloaded.class);
        assertThat(engine.assess(callOf(50))).satisfies(a -> {
            assertThat(a.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
            assertThat(a.ruleSet()).isEqualTo(event.ruleSet());
        });
    }

    @Test
    void aBrokenSaveIsRejectedAndTheFixIsPickedUp() throws Exception {
        String running = engine.ruleSet().version();
        confinementMinutes(dir, "[60]");

        assertThat(nextChange()).isInstanceOfSatisfying(ReloadEvent.Rejected.class, r -> {
            assertThat(r.ruleSet().version()).isEqualTo(running);
            assertThat(r.problems()).extracting(RuleProblem::file).containsOnly("policy.yaml");
        });
        assertThat(engine.ruleSet().version()).isEqualTo(running);

        confinementMinutes(dir, 45);
        assertThat(nextChange()).isInstanceOf(ReloadEvent.Reloaded.class);
    }

    @Test
    void aFileInANewSubfolderIsPickedUp() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("README.md"), "Why the thresholds are what they are.\n");
        // Creating the folder may already reload; the file written into it changes the version once more.
        ReloadEvent event = nextChange();
        while (!engine.ruleSet().version().equals(RuleSet.compile(RuleSource.directory(dir)).version())) {
            event = nextChange();
        }
        assertThat(event).isInstanceOf(ReloadEvent.Reloaded.class);
    }

    @Test
    void aDeletedFolderIsRejectedAndARecreatedOneIsWatchedAgain() throws Exception {
        String running = engine.ruleSet().version();
        Path moved = Files.move(dir, parent.resolve("rules.old"));

        assertThat(nextChange()).isInstanceOf(ReloadEvent.Rejected.class);
        assertThat(engine.ruleSet().version()).isEqualTo(running);

        Files.move(moved, dir);
        confinementMinutes(dir, 45);
        ReloadEvent event = nextChange();
        assertThat(event).isInstanceOf(ReloadEvent.Reloaded.class);
        assertThat(engine.assess(callOf(50)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    @Test
    void closeStopsTheWatcherThread() {
        assertThat(engine.isWatching()).isTrue();
        assertThat(watcherThreads()).isOne();

        engine.close();
        engine.close();

        assertThat(engine.isWatching()).isFalse();
        assertThat(watcherThreads()).isZero();
        assertThat(engine.assess(callOf(74)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    private long watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("kasuhara-rules-watcher " + dir)).count();
    }
}
