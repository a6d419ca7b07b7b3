// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small rule sets to a folder for core's tests (engine, scenarios, store), independent of the default rules. */
public final class TestRuleSets {
    /** A signal rule: a live contact of {@code confinementMinutes} or more is confinement ({@code T-CONF-1}). */
    public static final String CONFINEMENT = """
            package signals;
            import org.kasuhara.policy.Policy;
            import org.kasuhara.engine.facts.*;

            rule "A long call is confinement"
                @id("T-CONF-1") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
            when
                Policy($limit : confinementMinutes)
                $c : ContactFact(live, minutes >= $limit)
            then
                insert(Evidence.finding(kcontext, $c.minutes() + " min"));
            end
            """;
    /** Fires for ever on a live call of 90 minutes or more (rules {@code T-LOOP-0/1}), until the limits stop it. */
    public static final String RUNAWAY = runaway("T-LOOP", "ContactFact(live, minutes >= 90)");

    /**
     * Two rules that fire for ever on a case the condition matches: one starts a counter fact, the other replaces it
     * with the next for every one it sees, until the engine's assessment limits stop them.
     *
     * @param id   the rules' id prefix: the rules are {@code id-0} and {@code id-1}
     * @param when the pattern that starts them, e.g. {@code ContactFact(live, minutes >= 70)}
     * @return the DRL of {@code signals/}
     */
    public static String runaway(String id, String when) {
        return """
                package signals;
                import org.kasuhara.engine.facts.*;

                declare Tick
                    n : int
                end

                rule "Ticks for ever"
                    @id("%1$s-1") @source("CCAJ-2025")
                when
                    %2$s
                    $t : Tick()
                then
                    delete($t);
                    insert(new Tick($t.getN() + 1));
                end

                rule "Starts ticking"
                    @id("%1$s-0") @source("CCAJ-2025")
                when
                    %2$s
                    not Tick()
                then
                    insert(new Tick(0));
                end
                """.formatted(id, when);
    }

    /** A verdict rule: any finding is harassment ({@code T-VRD-1}). */
    public static final String VERDICT = """
            package verdict;
            import org.kasuhara.engine.facts.*;
            import org.kasuhara.model.*;

            rule "Any finding is harassment"
                @id("T-VRD-1") @source("MHLW-2022 §B-1")
            when
                exists Finding()
                $o : Outcome()
            then
                $o.verdict(Verdict.CUSTOMER_HARASSMENT);
                $o.recommend(ActionType.END_CONTACT_AFTER_WARNING);
            end
            """;

    private TestRuleSets() {
    }

    /** Writes the files, and a {@code ruleset.yaml} naming the rule set {@code test-rules}. */
    public static Path write(Path dir, Map<String, String> files) {
        return write(dir, "test-rules", files);
    }

    /** Writes the files, and a {@code ruleset.yaml} with the given name. */
    public static Path write(Path dir, String name, Map<String, String> files) {
        try {
            Files.writeString(dir.resolve("ruleset.yaml"), "name: " + name + "\n");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The confinement and verdict rules above. */
    public static Path basic(Path dir) {
        return write(dir, Map.of("signals/confinement.drl", CONFINEMENT, "verdict/verdict.drl", VERDICT));
    }
}
