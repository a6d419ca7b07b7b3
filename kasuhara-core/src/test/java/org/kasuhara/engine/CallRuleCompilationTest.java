package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.internal.CompiledRuleSet;

/** Call-alert rules ({@code calls/}) compile into their own knowledge base, with the same checks as case rules. */
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

                rule "Rule %s"
                    @id("%s") %s
                when
                    %s
                then
                    insert(CallAlerts.alert(kcontext, $c, AlertKind.CONFINEMENT_REACHED, null, "x"));
                end
                """.formatted(pkg, id, id, meta, when);
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
        assertThat(((CompiledRuleSet) rules).hasCallRules()).isTrue();
        assertThat(RuleInfo.class).isNotNull();
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
