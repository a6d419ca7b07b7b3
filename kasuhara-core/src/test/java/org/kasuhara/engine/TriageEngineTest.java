// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Action;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Finding;
import org.kasuhara.model.RuleFiring;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

class TriageEngineTest {
    @TempDir
    Path dir;

    private static Case callOf(String id, int minutes, String organization) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder(id, start, Channel.PHONE).organization(organization, null)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    @Test
    void findingsCarryTheFiringRulesIdSourceBehaviourAndEvidence() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        Assessment a = engine.assess(callOf("C-1", 74, null));
        assertThat(a.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(a.severity()).isEqualTo(Severity.HIGH);
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("T-CONF-1");
            assertThat(f.source()).isEqualTo("CCAJ-2025");
            assertThat(f.evidence()).isEqualTo("74 min");
        });
        assertThat(a.ruleSet()).isEqualTo(engine.ruleSet().ref());
    }

    @Test
    void theAuditTrailNamesEveryFiredRuleWithTheFactsItMatchedAndNoPersonalData() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        Case call = Case.builder("C-1", start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(74), "op-Tanaka", "田中さんを出せ", 0))
                .build();
        Assessment a = engine.assess(call);
        assertThat(a.firedRules()).extracting(RuleFiring::rule).containsExactly("T-CONF-1", "T-VRD-1");
        assertThat(a.firedRules().get(0).facts()).satisfiesExactly(
                policy -> assertThat(policy).isEqualTo("Policy"),
                contact -> assertThat(contact).startsWith("ContactFact[index=0, channel=PHONE, minutes=74, "),
                threshold -> assertThat(threshold).isEqualTo("$limit=60"));
        // "exists Finding()" binds no fact; the Outcome is described as matched, before the rule raised it.
        assertThat(a.firedRules().get(1).facts()).containsExactly("Outcome[verdict=LEGITIMATE_COMPLAINT, police=false]");
        assertThat(a.firedRules().toString()).doesNotContain("Tanaka", "田中");
    }

    @Test
    void aCaseThatFiresNoRuleHasAnEmptyAuditTrail() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        assertThat(engine.assess(callOf("C-1", 10, null)).firedRules()).isEmpty();
    }

    @Test
    void actionsThatRestrictTheCustomerNeedAPersonToConfirm() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        List<Action> actions = engine.assess(callOf("C-1", 90, null)).actions();
        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.END_CONTACT_AFTER_WARNING);
            assertThat(action.humanConfirmation()).isTrue();
            assertThat(action.text()).isNotBlank();
        });
    }

    @Test
    void aCaseWithoutFindingsIsLegitimateWithNoSeverity() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        Assessment a = engine.assess(callOf("C-2", 20, null));
        assertThat(a.verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
        assertThat(a.severity()).isEqualTo(Severity.NONE);
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void organisationOverridesChangeTheThreshold() throws Exception {
        TestRuleSets.basic(dir);
        Files.writeString(dir.resolve("policy.yaml"), "organizations:\n  strict-co:\n    confinementMinutes: 30\n");
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(dir)).build();
        assertThat(engine.assess(callOf("C-3", 45, "strict-co")).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(engine.assess(callOf("C-4", 45, "other-co")).verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
    }

    @Test
    void reportIsDueThreeBusinessDaysAfterReceiptSkippingHolidays() {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        // Received Friday 2026-11-20; Monday 11-23 is Labour Thanksgiving Day (勤労感謝の日), so the three
        // business days are Tuesday 24, Wednesday 25 and Thursday 26.
        assertThat(engine.assess(callOf("C-5", 10, null)).reportDueBy()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void concurrentAssessmentsGiveTheSameResultsAsSequentialOnes() throws Exception {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(dir))).build();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(callOf("C-" + i, i % 120, null));
        }
        List<Assessment> expected = cases.stream().map(engine::assess).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> engine.assess(c)));
            }
            for (int i = 0; i < cases.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).filteredOn(a -> !a.findings().isEmpty())
                .allSatisfy(a -> assertThat(a.findings()).extracting(Finding::rule).containsOnly("T-CONF-1"))
                .hasSize(180);
    }
}
