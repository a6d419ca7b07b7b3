// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.kasuhara.cases.tck.MutableClock;
import org.kasuhara.cases.tck.StoreFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.engine.AssessmentLimits;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;

/** Intake stores then assesses; after a crash between the two, assessPending() assesses what was left. */
class CaseIntakeTest {
    @TempDir
    Path rules;

    private final CaseStore store = CaseStore.inMemory(new StoreOptions(BusinessDayCalendar.japan(),
            new MutableClock(Instant.parse("2026-11-20T01:00:00Z"))));

    @Test
    void aNewCaseIsStoredThenAssessedAndAResubmissionIsNeither() {
        CaseIntake intake = new CaseIntake(store, engine());
        Case received = StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");

        CaseIntake.Result first = intake.receive(received, "{\"as\": \"received\"}");
        CaseIntake.Result again = intake.receive(received, "{\"as\": \"received\"}");

        assertThat(first.assessment()).hasValueSatisfying(entry ->
                assertThat(entry.assessment().verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT));
        assertThat(again.receipt().number()).isEqualTo(first.receipt().number());
        assertThat(again.assessment()).isEmpty();
        StoredCase stored = store.find(first.receipt().number()).orElseThrow();
        assertThat(stored.assessments()).hasSize(1);
        assertThat(stored.assessments().get(0).assessment().firedRules()).isNotEmpty();
        assertThat(stored.status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void casesReceivedButNotAssessedBeforeACrashAreAssessedOnStart() {
        // the "crash": cases committed by intake, the process gone before assessing them
        String a = store.intake(StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00")).number();
        String b = store.intake(StoreFixtures.complaint("C-2", "acme-foods", "2026-11-20T10:04:00+09:00")).number();

        CaseIntake restarted = new CaseIntake(store, engine());
        int assessed = restarted.assessPending();

        assertThat(assessed).isEqualTo(2);
        assertThat(store.unassessed()).isEmpty();
        assertThat(store.find(a).orElseThrow().assessments()).hasSize(1);
        assertThat(store.find(b).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSED);
        assertThat(restarted.assessPending()).isZero();
    }

    @Test
    void aCaseOnWhichTheRulesRunAwayStaysPendingAndTheOthersAreStillAssessed() {
        Path folder = TestRuleSets.write(rules, java.util.Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "signals/loop.drl", TestRuleSets.RUNAWAY, "verdict/verdict.drl", TestRuleSets.VERDICT));
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(folder))
                .limits(new AssessmentLimits(200, java.time.Duration.ofSeconds(5))).build();
        String runaway = store.intake(call("C-1", 120)).number();
        String ordinary = store.intake(call("C-2", 10)).number();

        CaseIntake intake = new CaseIntake(store, engine);
        assertThat(intake.assessPending()).isEqualTo(1);

        assertThat(store.find(ordinary).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSED);
        assertThat(store.find(runaway).orElseThrow().status()).isEqualTo(CaseStatus.RECEIVED);
        assertThatThrownBy(() -> intake.receive(call("C-3", 95), null))
                .isInstanceOf(RuleExecutionException.class).hasMessageContaining("T-LOOP-1");
        assertThat(store.findByCaseId("acme-foods", "C-3")).hasValueSatisfying(stored ->
                assertThat(stored.status()).isEqualTo(CaseStatus.RECEIVED));
    }

    private static Case call(String id, int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder(id, start, Channel.PHONE).organization("acme-foods", "新宿店")
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    private TriageEngine engine() {
        return TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(rules))).build();
    }
}
