// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A rule that keeps firing fails only its own assessment, naming the rule; the engine and the next case go on. */
class AssessmentLimitsTest {
    @TempDir
    Path dir;

    private static Case call(String id, int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder(id, start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    private TriageEngine engine(AssessmentLimits limits) {
        TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "signals/loop.drl", TestRuleSets.RUNAWAY, "verdict/verdict.drl", TestRuleSets.VERDICT));
        return TriageEngine.builder().rules(RuleSource.directory(dir)).limits(limits).build();
    }

    @Test
    void aRuleThatKeepsFiringFailsItsAssessmentNamingTheRuleAndTheNextCaseIsAssessed() {
        TriageEngine engine = engine(new AssessmentLimits(500, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> engine.assess(call("C-LOOP", 95)))
                .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                    assertThat(e.rules()).first().isEqualTo("T-LOOP-1");
                    assertThat(e.getMessage()).contains("more than 500 firings", "T-LOOP-1 ×");
                    assertThat(e.message(true)).contains("ルールが発火し続けました", "T-LOOP-1");
                });
        assertThat(engine.assess(call("C-NEXT", 74)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    @Test
    void aRuleThatRunsPastTheDeadlineIsHaltedAndNamed() {
        TriageEngine engine = engine(new AssessmentLimits(Integer.MAX_VALUE - 1, Duration.ofMillis(200)));

        assertThatThrownBy(() -> engine.assess(call("C-LOOP", 95)))
                .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                    assertThat(e.getMessage()).contains("deadline of 200 ms");
                    assertThat(e.rules()).contains("T-LOOP-1");
                });
        assertThat(engine.assess(call("C-NEXT", 74)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new AssessmentLimits(0, Duration.ofSeconds(1))).hasMessageContaining("maxFirings");
        assertThatThrownBy(() -> new AssessmentLimits(10, Duration.ZERO)).hasMessageContaining("deadline");
    }
}
