// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.model.RuleSetRef;

/**
 * What an observation of one rule reload may see: the rule set in use when it started and, once done, its outcome.
 * Problems of a rejected reload (file, line, message) stay in the log: they are not key values.
 */
public final class RuleReloadContext extends Observation.Context {
    private final RuleSetRef inUse;
    private volatile ReloadEvent outcome;

    /**
     * @param inUse the rule set in use when the reload starts
     * @throws NullPointerException when {@code inUse} is null
     */
    public RuleReloadContext(RuleSetRef inUse) {
        this.inUse = Objects.requireNonNull(inUse, "inUse");
    }

    /** @return the rule set in use when the reload started */
    public RuleSetRef inUse() {
        return inUse;
    }

    /** @return the outcome, empty until the reload is done */
    public Optional<ReloadEvent> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Records the outcome (the engine's listener does, before the observation stops).
     *
     * @param event what the reload did
     * @throws NullPointerException when {@code event} is null
     */
    public void reloaded(ReloadEvent event) {
        this.outcome = Objects.requireNonNull(event, "event");
    }
}
