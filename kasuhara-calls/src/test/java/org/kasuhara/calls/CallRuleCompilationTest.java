// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;

/**
 * Call-alert rules ({@code calls/}) plug into the engine as a {@code RuleModule}: they compile into their own
 * knowledge base, with the same checks as case rules.
 */
class CallRuleCompilationTest {
    @TempDir
    Path dir;

    private static String callRule(String pkg, String id, String when, String meta) {
        return """
                package %s;
                import org.kasuhara.policy.Policy;
                import org.kasuhara.calls.AlertKind;
                import org.kasuhara.calls.facts.*;
                import org.kasuhara.engine.facts.*;

                rule "A call rule"
                    @id("%s") %s
                when
                    %s
                then
                    insert(CallAlerts.alert(kcontext, $c, AlertKind.CONFINEMENT_REACHED, null, "x"));
                end
                """.formatted(pkg, id, meta, when);
    }

    private RuleSet compile(String file, String drl) {
        return RuleSet.compile(RuleSource.directory(TestRuleSets.write(dir, Map.of(
                "signals/confinement.drl", TestRuleSets.CONFINEMENT, "verdict/verdict.drl", TestRuleSets.VERDICT,
                file, drl))));
    }

    private RuleSetException failure(String file, String drl) {
        return catchThrowableOfType(RuleSetException.class, () -> compile(file, drl));
    }

    @Test
    void callRulesCompileApartAndAreListedWithTheOthers() {
        RuleSet rules = compile("calls/alerts.drl", callRule("calls", "T-CALL-1",
                "Policy($l : confinementMinutes)\n    $c : CallFact(minutes >= $l)", "@source(\"CCAJ-2025\") @severity(\"HIGH\")"));
        assertThat(rules.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrder("T-CONF-1", "T-VRD-1", "T-CALL-1");
        assertThat(CallRuleModule.rulesOf(rules).rules()).extracting(RuleInfo::id).containsExactly("T-CALL-1");
        assertThat(rules.rules()).filteredOn(RuleInfo::isCaseRule).extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("T-CONF-1", "T-VRD-1");
        assertThat(rules.uncompiledModules()).isEmpty();
    }

    @Test
    void theModuleIsFoundOnTheClassPathWithoutBeingNamed() {
        RuleSet rules = compile("calls/alerts.drl", callRule("calls", "T-CALL-1", "$c : CallFact()",
                "@source(\"CCAJ-2025\") @severity(\"HIGH\")"));
        assertThat(rules.moduleRules(new CallRuleModule())).isPresent();
    }

    @Test
    void withoutTheModuleADeclaredCallsFolderIsLeftUncompiledAndCasesAreStillAssessed() throws IOException {
        Path rules = TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT, "calls/alerts.drl", "this is not DRL at all"));
        Files.writeString(rules.resolve("ruleset.yaml"), "name: test-rules\nmodules: [calls]\n");

        RuleSet compiled = RuleSet.compile(RuleSource.directory(rules), List.of());

        assertThat(compiled.uncompiledModules()).containsExactly("calls");
        assertThat(compiled.moduleRules(new CallRuleModule())).isEmpty();
        assertThat(compiled.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrder("T-CONF-1", "T-VRD-1");
        assertThat(TriageEngine.builder().ruleSet(compiled).build()).isNotNull();
        assertThatThrownBy(() -> CallMonitor.builder().rules(compiled).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no call-alert rules");
    }

    @Test
    void withoutTheModuleAnUndeclaredCallsFolderIsCompiledAsCaseRulesAndFails() {
        Path rules = TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT, "calls/alerts.drl", callRule("calls", "T-CALL-1",
                        "$c : CallFact()", "@source(\"CCAJ-2025\") @severity(\"HIGH\")")));

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSet.compile(RuleSource.directory(rules), List.of()));

        assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
                .contains("calls/alerts.drl", "nothing inserts CallFact facts; the engine inserts"));
    }

    @Test
    void aCallRuleOnAFactTheMonitorNeverInsertsCanNeverFire() {
        RuleSetException e = failure("calls/alerts.drl", callRule("calls", "T-CALL-1",
                "ContactFact(minutes > 2)\n    $c : CallFact()", "@source(\"CCAJ-2025\") @severity(\"HIGH\")"));
        assertThat(e.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .contains("calls/alerts.drl:7", "can never fire: nothing inserts ContactFact facts; the call monitor"
                        + " inserts Policy, CallFact, MatterCalls, CallerOffHours, TextSignal, CallAlert");
    }

    @Test
    void aCaseRuleOnACallFactCanNeverFire() {
        RuleSetException e = failure("signals/calls.drl", callRule("signals", "T-CALL-1",
                "$c : CallFact()", "@source(\"CCAJ-2025\") @severity(\"HIGH\")"));
        assertThat(e.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .contains("nothing inserts CallFact facts; the engine inserts");
    }

    @Test
    void callRulesNeedAPackageMatchingTheFolderAUniqueIdASourceAndASeverity() {
        RuleSetException e = failure("calls/alerts.drl", callRule("signals", "T-CONF-1", "$c : CallFact()", ""));
        assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
                        .contains("package signals does not match its folder \"calls\""))
                .anySatisfy(p -> assertThat(p).contains("@id(\"T-CONF-1\") is already used"))
                .anySatisfy(p -> assertThat(p).contains("@source is missing"))
                .anySatisfy(p -> assertThat(p).contains("@severity is missing"));
    }
}
