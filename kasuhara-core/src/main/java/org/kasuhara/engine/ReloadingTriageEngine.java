// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import org.kasuhara.model.Case;

/**
 * A {@link TriageEngine} that watches its rule directory and loads changes without a restart.
 *
 * <pre>{@code
 * try (ReloadingTriageEngine engine = TriageEngine.builder()
 *         .rules(RuleSource.directory(Path.of("my-rules")))
 *         .buildWatching()) {
 *     engine.subscribe(event -> log.info("rules: {}", event));
 *     Assessment a = engine.assess(complaint);   // a.ruleSet() names the version used
 * }
 * }</pre>
 *
 * <p>After a burst of file changes settles (the {@linkplain TriageEngineBuilder#reloadQuietPeriod quiet period}),
 * a watcher thread compiles the folder off the request path. A valid rule set is swapped in atomically: each
 * {@link #assess(Case)} reads the rule set once and uses it from start to end, so no assessment ever sees a
 * half-loaded or mixed rule set, and assessments in flight finish on the rules they started with. An invalid
 * change is rejected, logged at WARN with file:line for each problem, and the running rules stay; when the
 * files are fixed, the next change loads. Hidden and editor files ({@code .x.swp}, {@code x~}) are ignored.
 * Every outcome is a {@link ReloadEvent} delivered to the subscribed {@link ReloadListener}s.
 */
public interface ReloadingTriageEngine extends TriageEngine, AutoCloseable {

    /**
     * Reads and compiles the rule directory now, on the calling thread, and swaps it in when valid and changed.
     * The event also goes to every listener. Reloads never overlap: this waits for one in progress.
     *
     * @return the outcome
     */
    ReloadEvent reload();

    /**
     * Subscribes a listener to every later reload outcome. Subscribing the same listener twice delivers each
     * event to it twice.
     *
     * @param listener the listener
     * @throws NullPointerException when {@code listener} is null
     */
    void subscribe(ReloadListener listener);

    /**
     * Unsubscribes a listener (one subscription of it).
     *
     * @param listener the listener
     * @return whether it was subscribed
     */
    boolean unsubscribe(ReloadListener listener);

    /**
     * Whether the watcher thread runs, for health checks.
     *
     * @return {@code false} after {@link #close()}, or if the watcher stopped on an unexpected failure (logged)
     */
    boolean isWatching();

    /**
     * Stops watching and ends the watcher thread. The engine still assesses with the rules in use, and
     * {@link #reload()} still works. Calling it again does nothing.
     */
    @Override
    void close();
}
