// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreachableRuleTest {
    @TempDir
    Path dir;

    private static String signal(String id, String when) {
        return """
                package signals;
                import org.kasuhara.engine.facts.*;
                import org.kasuhara.model.*;

                rule "Rule %s"
                    @id("%s") @source("KASUHARA") @behaviour("CONFINEMENT") @severity("LOW")
                when
                    %s
                then
                    insert(Evidence.finding(kcontext, "x"));
                end
                """.formatted(id, id, when);
    }

    private RuleSetException failure(String when) {
        return catchThrowableOfType(RuleSetException.class, () -> RuleSet.compile(RuleSource.directory(
                TestRuleSets.write(dir, Map.of("signals/x.drl", signal("T-X-1", when),
                        "verdict/verdict.drl", TestRuleSets.VERDICT)))));
    }

    @Test
    void aPatternOnATypeNothingInsertsCanNeverFire() {
        // Contact is the input's contact; the engine inserts ContactFact.
        RuleSetException e = failure("Contact(exitRequests > 2)");
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("signals/x.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.rule()).isEqualTo("Rule T-X-1");
            assertThat(p.message()).startsWith("can never fire: nothing inserts Contact facts")
                    .contains("ContactFact");
            assertThat(p.message(true)).startsWith("このルールは発火しえません: Contact のファクトを");
        });
    }

    @Test
    void contradictoryNumericConditionsCanNeverHold() {
        RuleSetException e = failure("ContactFact(minutes > 60, minutes < 30)");
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("can never fire: the conditions [minutes > 60, minutes < 30] on minutes cannot all hold"));
    }

    @Test
    void aFieldCannotEqualTwoConstants() {
        RuleSetException e = failure("ContactFact(channel == Channel.PHONE, channel == Channel.EMAIL)");
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("channel cannot be both Channel.PHONE and Channel.EMAIL"));
    }

    @Test
    void rulesThatCanFireAreLeftAlone() {
        for (String when : new String[] {"ContactFact(minutes >= 30, minutes < 60)", "not Contact()",
                "exists ContactFact()", "ContactFact(minutes == 60)",
                "$l : java.util.List(size > 1) from collect(ContactFact())"}) {
            assertThat(failure(when)).as(when).isNull();
        }
    }

    @Test
    void aTypeDeclaredAndCreatedByARuleCanFire() {
        String declared = """
                package signals;
                import org.kasuhara.engine.facts.*;

                declare LongCall
                    index : int
                end

                rule "Note long calls" @id("T-X-2") @source("KASUHARA")
                when
                    ContactFact(minutes > 30, $i : index)
                then
                    insert(new LongCall($i));
                end
                """;
        RuleSet rules = RuleSet.compile(RuleSource.directory(TestRuleSets.write(dir, Map.of(
                "signals/declared.drl", declared, "signals/x.drl", signal("T-X-1", "LongCall()"),
                "verdict/verdict.drl", TestRuleSets.VERDICT))));
        assertThat(rules.rules()).extracting(RuleInfo::id).contains("T-X-1", "T-X-2");
    }

    @Test
    void aMistypedFieldIsExplainedWithTheFieldsTheFactHas() {
        RuleSetException e = failure("ContactFact(live, minuts >= 30)");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("ContactFact has no field \"minuts\"; did you mean \"minutes\"? Its fields:"
                    + " [channel, customerWritten, end, exitRequests, index, live, minutes, offHours, start, timeRange]");
            assertThat(p.message(true)).startsWith("ContactFact に項目「minuts」はありません。「minutes」のことですか？");
        });
    }
}
