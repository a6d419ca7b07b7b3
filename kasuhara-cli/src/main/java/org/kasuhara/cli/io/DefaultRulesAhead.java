// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

/**
 * Starts reading the default rule set while the command line is still being built and parsed (about 0.2 s of a
 * one-case {@code kasuhara triage}), for a command that will use it: the rule set is read on another core meanwhile
 * (one case from the CLI: about 5 % faster, docs/benchmarks.md). Only a guess made before parsing: a command that does
 * not ask for the defaults never takes it (the thread is a daemon and does not keep the process alive), and one that
 * does but finds that reading failed compiles them again, so that the problems are reported as ever.
 */
public final class DefaultRulesAhead {
    /** Subcommands whose runs use the default rules unless {@code --rules} is given. */
    private static final List<String> USERS = List.of("triage", "eval");
    private static final AtomicReference<CompletableFuture<RuleSet>> AHEAD = new AtomicReference<>();

    private DefaultRulesAhead() {
    }

    /**
     * Starts reading the default rules when the arguments name a command that uses them and no other rule set.
     *
     * @param args the process's command line
     * @return {@code true} when reading started
     */
    public static boolean startFor(String[] args) {
        if (args.length == 0 || !USERS.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.equals("--help") || arg.equals("-h")) {
                return false;
            }
        }
        CompletableFuture<RuleSet> reading = new CompletableFuture<>();
        if (!AHEAD.compareAndSet(null, reading)) {
            return false;
        }
        Thread thread = new Thread(() -> {
            try {
                reading.complete(RuleSet.compile(RuleSource.defaults()));
            } catch (Throwable e) { // whatever happens, take() must not wait for ever
                reading.completeExceptionally(e);
            }
        }, "kasuhara-default-rules");
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            AHEAD.set(null); // no thread: the command compiles as it always did
            return false;
        }
        return true;
    }

    /** @return the reading under way, for tests; {@code null} when none */
    static CompletableFuture<RuleSet> pending() {
        return AHEAD.get();
    }

    /**
     * @return the default rules read ahead, once; {@code null} when none were or reading them failed with an
     *         exception (the caller compiles them again and reports the problems)
     * @throws Error an error the reading thread met (out of memory, a class that failed to initialise), as it was
     */
    static RuleSet take() {
        CompletableFuture<RuleSet> reading = AHEAD.getAndSet(null);
        if (reading == null) {
            return null;
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return null;
        }
    }
}
