// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kasuhara.model.RuleSetRef;

/**
 * The outcome of one reload of a watched rule directory, as {@link ReloadListener}s receive it and
 * {@link ReloadingTriageEngine#reload()} returns it.
 *
 * <pre>{@code
 * engine.subscribe(event -> {
 *     if (event instanceof ReloadEvent.Reloaded r) {
 *         log.info("rules now {}", r.ruleSet().version());
 *     } else if (event instanceof ReloadEvent.Rejected r) {
 *         r.problems().forEach(p -> log.warn("{}", p));   // file:line: message
 *     }
 * });
 * }</pre>
 */
public sealed interface ReloadEvent permits ReloadEvent.Reloaded, ReloadEvent.Rejected, ReloadEvent.Unchanged {

    /** @return the rule set in use after this event */
    RuleSetRef ruleSet();

    /** @return when the reload finished */
    Instant at();

    /**
     * A changed, valid rule set was compiled and swapped in: assessments started from now on use it.
     *
     * @param previous    the rule set it replaced
     * @param ruleSet     the rule set now in use
     * @param compileTime how long reading and compiling took (off the request path)
     * @param at          when it was swapped in
     */
    record Reloaded(RuleSetRef previous, RuleSetRef ruleSet, Duration compileTime, Instant at)
            implements ReloadEvent {
        /** Checks the fields. */
        public Reloaded {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(compileTime, "compileTime");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The changed files do not compile, validate or read: nothing was swapped, and the rules in use stay.
     *
     * @param ruleSet  the rule set kept in use
     * @param problems every problem, by file (relative to the rule directory) and line
     * @param at       when the change was rejected
     */
    record Rejected(RuleSetRef ruleSet, List<RuleProblem> problems, Instant at) implements ReloadEvent {
        /** Checks the fields and copies the problems. */
        public Rejected {
            Objects.requireNonNull(ruleSet, "ruleSet");
            problems = List.copyOf(problems);
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The files hash to the version already in use (a save without an edit, a touched file): nothing compiled.
     *
     * @param ruleSet the rule set in use
     * @param at      when the files were checked
     */
    record Unchanged(RuleSetRef ruleSet, Instant at) implements ReloadEvent {
        /** Checks the fields. */
        public Unchanged {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(at, "at");
        }
    }
}
