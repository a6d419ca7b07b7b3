// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;

/**
 * A rule folder is code that runs in the host: a rule that would exit the process, read a file, run a program or spin
 * forever is refused when the rule set is compiled — by {@code rules check} and by a live reload, which keeps the
 * running rules.
 */
class RulesAreCodeTest {
    @TempDir
    Path dir;

    private static final String EXITS = """
            package signals;
            import org.kasuhara.engine.facts.*;

            rule "Exits the host"
                @id("T-EVIL-1") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
            when
                $c : ContactFact(live)
            then
                System.exit(0);
            end
            """;
    private static final String READS_AND_LOOPS = """
            package signals;
            import org.kasuhara.engine.facts.*;
            import java.nio.file.Files;

            rule "Reads a file and spins"
                @id("T-EVIL-2") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
            when
                $c : ContactFact(live)
            then
                String secret = Files.readString(java.nio.file.Path.of("/etc/passwd"));
                while (true) { }
            end
            """;

    @Test
    void aRuleThatWouldExitReadFilesOrSpinIsRefusedWithFileAndLine() {
        TestRuleSets.write(dir, Map.of("verdict/verdict.drl", TestRuleSets.VERDICT, "signals/exits.drl", EXITS,
                "signals/reads.drl", READS_AND_LOOPS));

        assertThatThrownBy(() -> RuleSet.compile(RuleSource.directory(dir)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::toString)
                        .contains("signals/exits.drl:9: rule \"Exits the host\": not allowed in a rule (System): "
                                + "System.; rules work with facts and arithmetic only")
                        .anySatisfy(p -> assertThat(p).startsWith("signals/reads.drl:3: import java.nio.file.Files "
                                + "is not allowed"))
                        .anySatisfy(p -> assertThat(p).startsWith("signals/reads.drl:11: rule \"Reads a file and "
                                + "spins\": not allowed in a rule (loops)")));
    }

    @Test
    void aLiveReloadOfSuchARuleIsRejectedAndTheRunningRulesGoOn() throws IOException {
        TestRuleSets.basic(dir);
        Files.writeString(dir.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 60\n");
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        Case call = Case.builder("C-1", start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(74), "op-1", null, null)).build();
        try (ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(dir))
                .reloadQuietPeriod(Duration.ofHours(1)).buildWatching()) {
            RuleSet running = engine.ruleSet();
            Files.writeString(dir.resolve("signals/exits.drl"), EXITS);

            ReloadEvent event = engine.reload();

            assertThat(event).isInstanceOfSatisfying(ReloadEvent.Rejected.class, r -> assertThat(r.problems())
                    .extracting(RuleProblem::file).contains("signals/exits.drl"));
            assertThat(engine.ruleSet()).isSameAs(running);
            assertThat(engine.assess(call).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        }
    }
}
