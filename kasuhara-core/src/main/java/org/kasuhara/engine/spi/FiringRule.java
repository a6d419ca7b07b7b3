// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.spi;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The rule whose consequence is running on this thread, so that helpers such as {@code Evidence.finding("…")} read
 * the rule's {@code @id}, {@code @severity} and {@code @source} themselves and a consequence need not pass
 * {@code kcontext}. The engine adds {@link #LISTENER} to every session; a module's host adds it to the sessions of
 * its own rules ({@code session.addEventListener(FiringRule.LISTENER)}).
 */
public final class FiringRule extends DefaultAgendaEventListener {
    /** The listener that tracks the firing rule; stateless, shared by every session. */
    public static final FiringRule LISTENER = new FiringRule();
    private static final ThreadLocal<Rule> CURRENT = new ThreadLocal<>();

    private FiringRule() {
    }

    /**
     * @return the rule whose consequence is running on this thread
     * @throws IllegalStateException outside a consequence, or in a session without {@link #LISTENER}
     */
    public static Rule current() {
        Rule rule = CURRENT.get();
        if (rule == null) {
            throw new IllegalStateException("no rule is firing on this thread: call it in a rule's consequence, in a"
                    + " session with FiringRule.LISTENER");
        }
        return rule;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        CURRENT.set(event.getMatch().getRule());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        CURRENT.remove();
    }

    /** Forgets the firing rule, e.g. after a consequence threw and no after-event came. */
    public static void clear() {
        CURRENT.remove();
    }
}
