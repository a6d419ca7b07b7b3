// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.embed;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;

/**
 * A host that picks up rule changes without a restart: the engine watches the compliance team's rules folder,
 * swaps in every valid change and keeps its rules on an invalid one, and tells the host either way. The rule
 * authoring guide ({@code docs/rule-authoring.*.md}) shows the lines between the {@code guide} markers.
 */
public final class WatchingExample {
    private WatchingExample() {
    }

    /**
     * Starts an engine on a rules folder that reloads on every valid change.
     *
     * @param rules  the rules folder, e.g. a workspace made by {@code kasuhara rules init}
     * @param notify where the host sends reload notices (a log, a monitoring system)
     * @return the engine; close it when the host stops
     */
    public static ReloadingTriageEngine start(Path rules, Consumer<String> notify) {
        // guide:start
        ReloadingTriageEngine engine = TriageEngine.builder()
                .rules(RuleSource.directory(rules))              // the folder the compliance team edits
                .buildWatching();                                // compiles now, then watches for changes
        engine.subscribe(event -> {
            if (event instanceof ReloadEvent.Reloaded r) {       // a valid change is in use from now on
                notify.accept("rules now " + r.ruleSet().version());
            } else if (event instanceof ReloadEvent.Rejected r) {  // an invalid one: the old rules stay
                r.problems().forEach(p -> notify.accept("kept rules: " + p));   // file:line: message
            }
        });
        // engine.assess(case) always uses one whole rule set; each Assessment names it in ruleSet()
        // guide:end
        return engine;
    }
}
