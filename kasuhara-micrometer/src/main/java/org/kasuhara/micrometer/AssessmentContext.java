// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;
import org.kasuhara.model.Channel;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Verdict;

/**
 * What an observation of one assessment may see: the channel, the rule set and, once assessed, the verdict. It holds
 * no case, so no handler or convention can copy an id, a name or complaint text into a span or a meter.
 */
public final class AssessmentContext extends Observation.Context {
    private final Channel channel;
    private volatile RuleSetRef ruleSet;
    private volatile Verdict verdict;

    /**
     * @param channel the case's channel, or null when the engine was given no case (it then fails)
     * @param ruleSet the rule set in use when the assessment starts
     * @throws NullPointerException when {@code ruleSet} is null
     */
    public AssessmentContext(Channel channel, RuleSetRef ruleSet) {
        this.channel = channel;
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /** @return the case's channel, empty when there was no case */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** @return the rule set that assessed the case (the one in use at the start until the assessment is done) */
    public RuleSetRef ruleSet() {
        return ruleSet;
    }

    /** @return the verdict, empty until the assessment is done or when it failed */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /**
     * Records the outcome (the engine does, before the observation stops).
     *
     * @param verdict the verdict
     * @param ruleSet the rule set that produced it (a reload may have swapped it since the start)
     * @throws NullPointerException when an argument is null
     */
    public void assessed(Verdict verdict, RuleSetRef ruleSet) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }
}
