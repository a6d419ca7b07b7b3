// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;

/**
 * A temporary copy of a rule set with a watching engine on it, whose policy can be edited so that every
 * {@link #editAndReload()} compiles a changed rule set (confinement at 60 and 59 minutes in turn). The watcher
 * waits for an hour of quiet, so only the explicit reloads compile.
 */
final class WatchedRuleFolder implements AutoCloseable {
    private final Path dir;
    private final Path policy;
    private final String original;
    private final ReloadingTriageEngine engine;
    private boolean edited;

    WatchedRuleFolder(String rules) {
        try {
            dir = Files.createTempDirectory("kasuhara-reload-bench");
            for (RuleFile file : BenchmarkRules.named(rules).files()) {
                Path target = dir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            policy = dir.resolve("policy.yaml");
            original = Files.readString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = TriageEngine.builder().rules(RuleSource.directory(dir)).reloadQuietPeriod(Duration.ofHours(1))
                .buildWatching();
    }

    ReloadingTriageEngine engine() {
        return engine;
    }

    /**
     * Edits the policy and reloads it.
     *
     * @return the event, always {@link ReloadEvent.Reloaded}
     * @throws IllegalStateException when the reload was not a swap (a benchmark failure)
     */
    ReloadEvent editAndReload() {
        edited = !edited;
        try {
            Files.writeString(policy, edited ? original.replace("confinementMinutes: 60", "confinementMinutes: 59")
                    : original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReloadEvent event = engine.reload();
        if (!(event instanceof ReloadEvent.Reloaded)) {
            throw new IllegalStateException("expected a swap, was " + event);
        }
        return event;
    }

    @Override
    public void close() {
        engine.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
