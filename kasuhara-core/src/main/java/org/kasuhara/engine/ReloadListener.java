package org.kasuhara.engine;

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
}
