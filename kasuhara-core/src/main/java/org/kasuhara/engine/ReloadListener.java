// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import org.kasuhara.model.RuleSetRef;

/**
 * Receives the outcome of every reload of a {@link ReloadingTriageEngine}.
 *
 * <p>Called on the thread that reloaded: the engine's watcher thread, or the caller of
 * {@link ReloadingTriageEngine#reload()}; one event at a time, in the order the reloads happened. Keep it short
 * (hand slow work to an executor): the next reload waits for it. An exception it throws is logged and does not
 * stop later events or the watcher.
 */
@FunctionalInterface
public interface ReloadListener {

    /**
     * Handles one reload outcome.
     *
     * @param event what happened: {@link ReloadEvent.Reloaded}, {@link ReloadEvent.Rejected} or
     *              {@link ReloadEvent.Unchanged}
     */
    void onReload(ReloadEvent event);

    /**
     * Hears that a reload starts, before the files are read; {@link #onReload} follows on the same thread with its
     * outcome. Lets a listener time the reload or open a trace span around it. Does nothing by default.
     *
     * @param inUse the rule set in use while the reload runs
     */
    default void beforeReload(RuleSetRef inUse) {
    }
}
