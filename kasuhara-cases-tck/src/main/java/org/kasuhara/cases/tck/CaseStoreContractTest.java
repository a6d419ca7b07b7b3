// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.cases.tck.StoreFixtures.EMAIL;
import static org.kasuhara.cases.tck.StoreFixtures.NAME;
import static org.kasuhara.cases.tck.StoreFixtures.PHONE;
import static org.kasuhara.cases.tck.StoreFixtures.STAFF;
import static org.kasuhara.cases.tck.StoreFixtures.TEXT;
import static org.kasuhara.cases.tck.StoreFixtures.assessment;
import static org.kasuhara.cases.tck.StoreFixtures.complaint;

import org.kasuhara.cases.store.ApplicantExport;
import org.kasuhara.cases.store.ApplicantKey;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatistics;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.Redaction;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;

/**
 * The contract every {@link CaseStore} passes (a test kit, like Micrometer's TCK): extend it, implement
 * {@link #openStore(StoreOptions)}, and override {@link #reopen(CaseStore, StoreOptions)} for a durable store.
 * Shipped in core's test-jar.
 */
public abstract class CaseStoreContractTest extends StaffWorkContract {
    @Test
    void intakeStoresTheCaseAndItsOriginalTextExactly() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        String original = "{ \"id\" : \"C-1\",\n  \"note\": \"全角　スペースと絵文字😀も\\u3042そのまま\" }\r\n";

        Receipt receipt = store.intake(received, original);

        assertThat(receipt.number()).startsWith("KH-");
        assertThat(receipt.resubmission()).isFalse();
        assertThat(receipt.caseId()).isEqualTo("C-1");
        assertThat(receipt.organization()).isEqualTo("acme-foods");
        assertThat(receipt.storedAt()).isEqualTo(START);
        StoredCase stored = store.find(receipt.number()).orElseThrow();
        assertThat(stored.caseData()).isEqualTo(received);
        assertThat(stored.originalText()).isEqualTo(original);
        assertThat(stored.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(stored.assessments()).isEmpty();
        assertThat(store.findByCaseId("acme-foods", "C-1")).contains(stored);
        assertThat(store.find("KH-99999999")).isEmpty();
        assertThat(store.find("not a receipt")).isEmpty();
    }

    @Test
    void withoutOriginalTextTheCanonicalJsonIsKept() {
        Case received = complaint("C-1", null, "2026-11-20T10:03:00+09:00");
        Receipt receipt = store.intake(received);

        StoredCase stored = store.find(receipt.number()).orElseThrow();
        assertThat(stored.originalText()).isEqualTo(KasuharaJson.toJson(received));
        assertThat(store.findByCaseId(null, "C-1")).contains(stored);
    }

    @Test
    void everyCommittedChangeSurvivesAReopen() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        Receipt receipt = store.intake(received, "{\"原文\": \"そのまま\"}");
        store.addAssessment(receipt.number(), assessment(received, Verdict.CUSTOMER_HARASSMENT, true, "sha256:a",
                Behaviour.INTIMIDATION));
        clock.advance(Duration.ofHours(1));
        store.markReported(receipt.number(), "counter-7");
        StoredCase before = store.find(receipt.number()).orElseThrow();
        List<AuditEntry> audit = store.auditLog(receipt.number());

        store = reopen(store, options());

        assertThat(store.find(receipt.number())).contains(before);
        assertThat(store.auditLog(receipt.number())).isEqualTo(audit);
        Receipt next = store.intake(complaint("C-2", "acme-foods", "2026-11-20T11:00:00+09:00"));
        assertThat(next.number()).isNotEqualTo(receipt.number());
    }

    @Test
    void resubmittingTheSameCaseReturnsTheOriginalReceiptAndKeepsTheOriginalEvidence() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        Receipt first = store.intake(received, "{\"original\": true}");
        clock.advance(Duration.ofMinutes(5));
        Case altered = complaint("C-1", "acme-foods", "2026-11-21T09:00:00+09:00");

        Receipt again = store.intake(altered, "{\"original\": false}");
        Receipt third = store.intake(received, "{\"original\": true}");

        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.resubmission()).isTrue();
        assertThat(again.storedAt()).isEqualTo(first.storedAt());
        assertThat(third.number()).isEqualTo(first.number());
        assertThat(store.list(CaseQuery.all())).hasSize(1);
        StoredCase stored = store.find(first.number()).orElseThrow();
        assertThat(stored.caseData()).isEqualTo(received);
        assertThat(stored.originalText()).isEqualTo("{\"original\": true}");
        assertThat(store.auditLog(first.number())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RECEIVED, AuditAction.RESUBMITTED, AuditAction.RESUBMITTED);
    }

    @Test
    void theSameCaseIdInAnotherOrganisationIsAnotherCase() {
        Receipt a = store.intake(complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00"));
        Receipt b = store.intake(complaint("C-1", "bento-co", "2026-11-20T10:03:00+09:00"));
        Receipt none = store.intake(complaint("C-1", null, "2026-11-20T10:03:00+09:00"));

        assertThat(Set.of(a.number(), b.number(), none.number())).hasSize(3);
        assertThat(List.of(a, b, none)).noneMatch(Receipt::resubmission);
    }

    @Test
    void reassessingAppendsAndKeepsEveryEarlierAssessment() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        Receipt receipt = store.intake(received);
        var first = assessment(received, Verdict.NEEDS_REVIEW, false, "sha256:old");
        var second = assessment(received, Verdict.CUSTOMER_HARASSMENT, true, "sha256:new", Behaviour.MENTAL_ATTACK);

        AssessmentEntry one = store.addAssessment(receipt.number(), first);
        clock.advance(Duration.ofMinutes(1));
        AssessmentEntry two = store.addAssessment(receipt.number(), second);

        assertThat(one.number()).isEqualTo(1);
        assertThat(two.number()).isEqualTo(2);
        StoredCase stored = store.find(receipt.number()).orElseThrow();
        assertThat(stored.assessments()).containsExactly(one, two);
        assertThat(stored.assessments().get(0).assessment()).isEqualTo(first);
        assertThat(stored.latestAssessment()).contains(two);
        assertThat(two.assessedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(stored.status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void anAssessmentOfAnotherCaseIsRejected() {
        Receipt receipt = store.intake(complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00"));
        var other = assessment(complaint("C-2", "acme-foods", "2026-11-20T10:03:00+09:00"), Verdict.NEEDS_REVIEW,
                false, "sha256:a");

        assertThatThrownBy(() -> store.addAssessment(receipt.number(), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-2");
        assertThat(store.find(receipt.number()).orElseThrow().assessments()).isEmpty();
    }

    @Test
    void theLifecycleRecordsWhoDidWhatAndWhen() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        Receipt receipt = store.intake(received);
        store.addAssessment(receipt.number(), assessment(received, Verdict.CUSTOMER_HARASSMENT, true, "sha256:a"));
        clock.advance(Duration.ofDays(1));
        StoredCase reported = store.markReported(receipt.number(), "counter-7");
        clock.advance(Duration.ofDays(2));
        StoredCase closed = store.closeCase(receipt.number(), "counter-9", CaseOutcome.ESCALATED_TO_POLICE);

        assertThat(reported.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(reported.reportedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(reported.reportedBy()).isEqualTo("counter-7");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(closed.closedBy()).isEqualTo("counter-9");
        assertThat(closed.outcome()).isEqualTo(CaseOutcome.ESCALATED_TO_POLICE);
        assertThat(closed.reportedBy()).isEqualTo("counter-7");
        assertThat(store.find(receipt.number())).contains(closed);
    }

    @Test
    void anAssessedCaseMayBeClosedWithoutAReportAndWithoutAnOutcome() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        Receipt receipt = store.intake(received);
        store.addAssessment(receipt.number(), assessment(received, Verdict.LEGITIMATE_COMPLAINT, false, "v"));

        StoredCase closed = store.closeCase(receipt.number(), "counter-7", null);

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isNull();
        assertThat(closed.reportedAt()).isNull();
    }

    @Test
    void invalidTransitionsAreErrorsThatNameTheStatus() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        String receipt = store.intake(received).number();

        assertThatThrownBy(() -> store.markReported(receipt, "counter-7"))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("RECEIVED")
                .hasMessageContaining(receipt);
        assertThatThrownBy(() -> store.closeCase(receipt, "counter-7", CaseOutcome.GAVE_UP))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("RECEIVED");

        store.addAssessment(receipt, assessment(received, Verdict.NEEDS_REVIEW, false, "v"));
        store.markReported(receipt, "counter-7");
        assertThatThrownBy(() -> store.markReported(receipt, "counter-7"))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("REPORTED");

        store.closeCase(receipt, "counter-7", CaseOutcome.GAVE_UP);
        assertThatThrownBy(() -> store.closeCase(receipt, "counter-7", null))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.status()).isEqualTo(CaseStatus.CLOSED))
                .hasMessageContaining("CLOSED");
        assertThatThrownBy(() -> store.addAssessment(receipt, assessment(received, Verdict.NEEDS_REVIEW, false, "w")))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("CLOSED");
        assertThat(store.find(receipt).orElseThrow().assessments()).hasSize(1);
        assertThat(store.auditLog(receipt)).hasSize(4);
    }

    @Test
    void anUnknownReceiptIsAnUnknownCaseError() {
        assertThatThrownBy(() -> store.markReported("KH-12345678", "counter-7"))
                .isInstanceOf(UnknownCaseException.class).hasMessageContaining("KH-12345678");
        assertThatThrownBy(() -> store.addAssessment("nonsense",
                assessment(complaint("C-1", null, "2026-11-20T10:03:00+09:00"), Verdict.NEEDS_REVIEW, false, "v")))
                .isInstanceOf(UnknownCaseException.class);
        assertThatThrownBy(() -> store.auditLog("KH-12345678")).isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void theAuditLogListsEveryChangeInOrderWithoutPersonalData() {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        String receipt = store.intake(received).number();
        store.intake(received);
        store.addAssessment(receipt, assessment(received, Verdict.NEEDS_REVIEW, false, "sha256:old"));
        store.addAssessment(receipt, assessment(received, Verdict.CUSTOMER_HARASSMENT, true, "sha256:new",
                Behaviour.MENTAL_ATTACK));
        store.markReported(receipt, "counter-7");
        store.exportApplicant(new ApplicantKey(EMAIL, null, null));
        store.closeCase(receipt, "counter-9", CaseOutcome.COMPLAINT_FILED);
        clock.advance(Duration.ofDays(400));
        store.purgePersonalData(Period.ofYears(1));

        List<AuditEntry> log = store.auditLog(receipt);

        assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.RECEIVED,
                AuditAction.RESUBMITTED, AuditAction.ASSESSED, AuditAction.ASSESSED, AuditAction.REPORTED,
                AuditAction.EXPORTED, AuditAction.CLOSED, AuditAction.PURGED);
        assertThat(log).extracting(AuditEntry::to).containsExactly(CaseStatus.RECEIVED, CaseStatus.RECEIVED,
                CaseStatus.ASSESSED, CaseStatus.ASSESSED, CaseStatus.REPORTED, CaseStatus.REPORTED,
                CaseStatus.CLOSED, CaseStatus.CLOSED);
        assertThat(log.get(0).from()).isNull();
        assertThat(log).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(log.get(3).detail()).contains("sha256:new").contains("CUSTOMER_HARASSMENT");
        assertThat(log.get(4).actor()).isEqualTo("counter-7");
        assertThat(log.get(6).detail()).contains("COMPLAINT_FILED");
        assertThat(log.get(7).at()).isEqualTo(START.plus(Duration.ofDays(400)));
        for (AuditEntry entry : log) {
            assertThat(entry.toString()).doesNotContain(NAME, PHONE, EMAIL, STAFF, TEXT, "CRM-C-1", "返金");
        }
    }

    @Test
    void theReportIsDueThreeBusinessDaysAfterReceiptSkippingWeekendsAndHolidays() {
        // Fri 20 Nov 2026; Mon 23rd is Labour Thanksgiving Day
        assertThat(dueOf("C-1", "2026-11-20T10:03:00+09:00")).isEqualTo(LocalDate.of(2026, 11, 26));
        // late on Thursday in UTC is already Friday in Tokyo
        assertThat(dueOf("C-2", "2026-11-19T16:30:00Z")).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(dueOf("C-3", "2026-11-19T10:00:00+09:00")).isEqualTo(LocalDate.of(2026, 11, 25));
        // Golden Week: 2–6 May 2026 are weekend, holidays and a substitute holiday
        assertThat(dueOf("C-4", "2026-04-30T12:00:00+09:00")).isEqualTo(LocalDate.of(2026, 5, 8));
        // Silver Week: Respect for the Aged Day, a citizens' holiday, the autumnal equinox
        assertThat(dueOf("C-5", "2026-09-18T12:00:00+09:00")).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void closureDaysOfTheCalendarPostponeTheDeadline() {
        store.close();
        store = openStore(options().withCalendar(BusinessDayCalendar.japan()
                .withClosure(MonthDay.of(12, 29), MonthDay.of(1, 3))));

        assertThat(dueOf("C-1", "2026-12-25T12:00:00+09:00")).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void overdueAndDueTodayFollowTheDeadlineAcrossTheWeekend() {
        Case friday = complaint("C-FRI", "acme-foods", "2026-11-20T10:00:00+09:00");      // due Thu 26
        Case tuesday = complaint("C-TUE", "acme-foods", "2026-11-17T10:00:00+09:00");    // due Fri 20
        Case monday = complaint("C-MON", "acme-foods", "2026-11-16T10:00:00+09:00");     // due Thu 19
        Case reported = complaint("C-REP", "acme-foods", "2026-11-16T11:00:00+09:00");   // due Thu 19, reported
        String fri = store.intake(friday).number();
        String tue = store.intake(tuesday).number();
        String mon = store.intake(monday).number();
        String rep = store.intake(reported).number();
        store.addAssessment(rep, assessment(reported, Verdict.NEEDS_REVIEW, false, "v"));
        store.markReported(rep, "counter-7");

        assertThat(receipts(store.dueOn(LocalDate.of(2026, 11, 20)))).containsExactly(tue);
        assertThat(receipts(store.overdue(LocalDate.of(2026, 11, 20)))).containsExactly(mon);
        // Monday 23rd is a holiday, but deadlines are days: on Tue 24th both earlier ones are overdue
        assertThat(receipts(store.overdue(LocalDate.of(2026, 11, 24)))).containsExactly(mon, tue);
        assertThat(receipts(store.dueOn(LocalDate.of(2026, 11, 26)))).containsExactly(fri);
        assertThat(receipts(store.awaitingReport())).containsExactly(mon, tue, fri);
    }

    @Test
    void casesAreListedByOrganisationAndStatusInReceiptOrder() {
        Case a1 = complaint("A-1", "acme-foods", "2026-11-20T10:00:00+09:00");
        String acme1 = store.intake(a1).number();
        String bento = store.intake(complaint("B-1", "bento-co", "2026-11-20T10:05:00+09:00")).number();
        String acme2 = store.intake(complaint("A-2", "acme-foods", "2026-11-20T10:10:00+09:00")).number();
        store.addAssessment(acme1, assessment(a1, Verdict.NEEDS_REVIEW, false, "v"));

        assertThat(receipts(store.list(CaseQuery.all()))).containsExactly(acme1, bento, acme2);
        assertThat(receipts(store.list(CaseQuery.all().withOrganization("acme-foods")))).containsExactly(acme1, acme2);
        assertThat(receipts(store.list(CaseQuery.all().withStatuses(Set.of(CaseStatus.RECEIVED)))))
                .containsExactly(bento, acme2);
        assertThat(receipts(store.list(CaseQuery.all().withOrganization("acme-foods")
                .withStatuses(Set.of(CaseStatus.ASSESSED))))).containsExactly(acme1);
        assertThat(receipts(store.list(CaseQuery.all().withLimit(2)))).containsExactly(acme1, bento);
        assertThat(receipts(store.unassessed())).containsExactly(bento, acme2);
        assertThat(store.list(CaseQuery.all().withOrganization("nobody"))).isEmpty();
    }

    @Test
    void monthlyTotalsCountTheMonthsCasesInTheCalendarsZone() {
        // 31 Oct 15:30 UTC is 1 Nov 00:30 in Tokyo: a November case
        Case lateOctoberUtc = complaint("N-0", "acme-foods", "2026-10-31T15:30:00Z");
        Case harassment = complaint("N-1", "acme-foods", "2026-11-02T10:00:00+09:00");       // due Fri 6 Nov
        Case legitimate = complaint("N-2", "bento-co", "2026-11-04T10:00:00+09:00");         // due Mon 9 Nov
        Case unassessed = complaint("N-3", null, "2026-11-30T10:00:00+09:00");
        Case october = complaint("O-1", "acme-foods", "2026-10-31T14:00:00Z");               // 23:00 in Tokyo
        String r0 = store.intake(lateOctoberUtc).number();
        String r1 = store.intake(harassment).number();
        String r2 = store.intake(legitimate).number();
        store.intake(unassessed);
        store.intake(october);
        store.addAssessment(r0, assessment(lateOctoberUtc, Verdict.NEEDS_REVIEW, false, "v"));
        store.addAssessment(r1, assessment(harassment, Verdict.LEGITIMATE_COMPLAINT, false, "v"));
        store.addAssessment(r1, assessment(harassment, Verdict.CUSTOMER_HARASSMENT, true, "v2",
                Behaviour.PHYSICAL_ATTACK, Behaviour.MENTAL_ATTACK));
        store.addAssessment(r2, assessment(legitimate, Verdict.LEGITIMATE_COMPLAINT, false, "v",
                Behaviour.MENTAL_ATTACK));
        clock.set(Instant.parse("2026-11-05T03:00:00Z"));
        store.markReported(r1, "counter-7");                                              // on time
        store.closeCase(r1, "counter-7", CaseOutcome.ESCALATED_TO_POLICE);
        clock.set(Instant.parse("2026-11-10T03:00:00Z"));
        store.markReported(r2, "counter-7");                                              // late
        clock.set(Instant.parse("2026-12-01T03:00:00Z"));

        MonthlyTotals totals = store.monthlyTotals(YearMonth.of(2026, 11), null);

        assertThat(totals.cases()).isEqualTo(4);
        assertThat(totals.unassessed()).isEqualTo(1);
        assertThat(totals.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(totals.byVerdict()).containsEntry(Verdict.CUSTOMER_HARASSMENT, 1L)
                .containsEntry(Verdict.LEGITIMATE_COMPLAINT, 1L).containsEntry(Verdict.NEEDS_REVIEW, 1L);
        assertThat(totals.byBehaviour()).containsExactly(java.util.Map.entry(Behaviour.PHYSICAL_ATTACK, 1L),
                java.util.Map.entry(Behaviour.MENTAL_ATTACK, 2L));
        assertThat(totals.byChannel()).containsExactly(java.util.Map.entry(Channel.PHONE, 4L));
        assertThat(totals.byOrganization()).containsExactly(java.util.Map.entry(MonthlyTotals.NONE, 1L),
                java.util.Map.entry("acme-foods", 2L), java.util.Map.entry("bento-co", 1L));
        assertThat(totals.bySite().get("acme-foods")).containsExactly(java.util.Map.entry("新宿店", 2L));
        assertThat(totals.policeReports()).isEqualTo(1);
        assertThat(totals.escalatedToPolice()).isEqualTo(1);
        assertThat(totals.byOutcome()).containsExactly(java.util.Map.entry(CaseOutcome.ESCALATED_TO_POLICE, 1L));
        assertThat(totals.reportedOnTime()).isEqualTo(1);
        assertThat(totals.reportedLate()).isEqualTo(1);
        assertThat(totals.notReportedOverdue()).isEqualTo(1);  // N-0, due 5 Nov
        assertThat(totals.notReportedYetDue()).isEqualTo(1);   // N-3, due 3 Dec

        MonthlyTotals acme = store.monthlyTotals(YearMonth.of(2026, 11), "acme-foods");
        assertThat(acme.cases()).isEqualTo(2);
        assertThat(acme.organization()).isEqualTo("acme-foods");
        assertThat(store.monthlyTotals(YearMonth.of(2026, 10), null).cases()).isEqualTo(1);
        List<CaseStatistics> streamed = new ArrayList<>();
        store.forEachInMonth(YearMonth.of(2026, 11), "bento-co", streamed::add);
        assertThat(streamed).singleElement().satisfies(s -> {
            assertThat(s.receipt()).isEqualTo(r2);
            assertThat(s.reportedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(s.behaviours()).containsExactly(Behaviour.MENTAL_ATTACK);
        });
    }

    @Test
    void monthlyTotalsAreTheSameFiguresAsStreamingEveryCase() {
        java.util.Random random = new java.util.Random(20261204);
        String[] orgs = {"acme-foods", "bento-co", null};
        String[] sites = {"新宿店", "渋谷店", null};
        Channel[] channels = Channel.values();
        Verdict[] verdicts = Verdict.values();
        Behaviour[] behaviours = Behaviour.values();
        CaseOutcome[] outcomes = CaseOutcome.values();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String org = orgs[random.nextInt(orgs.length)];
            java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-01T09:00:00+09:00")
                    .plusHours(random.nextInt(29 * 24));
            Case received = Case.builder("M-" + i, at, channels[random.nextInt(channels.length)])
                    .organization(org, org == null ? null : sites[random.nextInt(sites.length)])
                    .contact(new org.kasuhara.model.Contact(Channel.PHONE, at, at.plusMinutes(5), null, "返金の件", 0))
                    .build();
            String receipt = store.intake(received).number();
            if (random.nextInt(5) > 0) {
                receipts.add(receipt);
                Behaviour[] found = random.ints(random.nextInt(3), 0, behaviours.length).mapToObj(b -> behaviours[b])
                        .toArray(Behaviour[]::new);
                store.addAssessment(receipt, assessment(received, verdicts[random.nextInt(verdicts.length)],
                        random.nextBoolean(), "v", found));
            }
        }
        for (String receipt : receipts) {
            int fate = random.nextInt(4);
            if (fate > 0) {
                clock.set(Instant.parse("2026-11-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(40 * 24))));
                store.markReported(receipt, "counter-7");
                if (fate == 3) {
                    store.closeCase(receipt, "counter-7", outcomes[random.nextInt(outcomes.length)]);
                }
            }
        }
        clock.set(Instant.parse("2026-11-20T03:00:00Z"));

        for (String org : new String[] {null, "acme-foods", "bento-co", "nobody"}) {
            MonthlyTotals.Accumulator streamed = MonthlyTotals.accumulator(YearMonth.of(2026, 11), org,
                    LocalDate.of(2026, 11, 20));
            store.forEachInMonth(YearMonth.of(2026, 11), org, streamed);
            MonthlyTotals totals = store.monthlyTotals(YearMonth.of(2026, 11), org);
            assertThat(totals).as("organisation %s", org).isEqualTo(streamed.result());
            assertThat(totals.toString()).as("the same order").isEqualTo(streamed.result().toString());
        }
        assertThat(store.monthlyTotals(YearMonth.of(2026, 11), null).cases()).isEqualTo(60);
        assertThat(store.monthlyTotals(YearMonth.of(2026, 11), null).reportedLate()).isPositive();
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        int threads = writerThreads();
        int perThread = intakesPerThread();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        List<Future<Integer>> writers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        Case received = complaint("T" + thread + "-" + i, "org-" + (i % 3),
                                "2026-11-20T10:00:00+09:00");
                        String receipt = store.intake(received).number();
                        receipts.add(receipt);
                        if (i % 2 == 0) {
                            store.addAssessment(receipt, assessment(received, Verdict.NEEDS_REVIEW, false, "v"));
                        }
                    }
                    return perThread;
                }));
            }
            // Two more threads move cases through their lifecycle while the writers write.
            Callable<Integer> mover = () -> {
                start.await();
                int moved = 0;
                while (writers.stream().anyMatch(w -> !w.isDone()) || moved == 0) {
                    for (StoredCase stored : store.list(CaseQuery.all().withStatuses(Set.of(CaseStatus.ASSESSED))
                            .withLimit(20))) {
                        try {
                            store.markReported(stored.receipt(), "mover");
                            store.closeCase(stored.receipt(), "mover", CaseOutcome.GAVE_UP);
                            moved++;
                        } catch (InvalidTransitionException raced) {
                            // the other mover got there first: allowed, and nothing is lost
                        }
                    }
                }
                return moved;
            };
            Future<Integer> moverA = pool.submit(mover);
            Future<Integer> moverB = pool.submit(mover);
            start.countDown();
            for (Future<Integer> writer : writers) {
                assertThat(writer.get(5, TimeUnit.MINUTES)).isEqualTo(perThread);
            }
            int moved = moverA.get(5, TimeUnit.MINUTES) + moverB.get(5, TimeUnit.MINUTES);
            assertThat(moved).isPositive();
        } finally {
            pool.shutdownNow();
        }

        int total = threads * perThread;
        assertThat(new HashSet<>(receipts)).hasSize(total);
        List<StoredCase> all = store.list(CaseQuery.all());
        assertThat(all).hasSize(total);
        long assessed = all.stream().filter(s -> !s.assessments().isEmpty()).count();
        assertThat(assessed).isEqualTo(total / 2 + (perThread % 2) * threads / 2);
        for (StoredCase stored : all) {
            assertThat(stored.assessments().size()).isLessThanOrEqualTo(1);
            List<AuditEntry> log = store.auditLog(stored.receipt());
            int expected = 1 + stored.assessments().size()
                    + (stored.reportedAt() != null ? 1 : 0) + (stored.closedAt() != null ? 1 : 0);
            assertThat(log).as(stored.receipt() + " " + stored.status() + " reported " + stored.reportedAt()
                    + " closed " + stored.closedAt() + " assessments " + stored.assessments().size() + " now "
                    + store.find(stored.receipt()).map(StoredCase::status).orElse(null) + " " + log)
                    .hasSize(expected);
            if (stored.status() == CaseStatus.CLOSED) {
                assertThat(stored.reportedBy()).isEqualTo("mover");
                assertThat(stored.outcome()).isEqualTo(CaseOutcome.GAVE_UP);
            }
        }
    }

    @Test
    void concurrentResubmissionsOfOneCaseStoreItOnce() throws Exception {
        Case received = complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
        ExecutorService pool = Executors.newFixedThreadPool(writerThreads());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> submissions = new ArrayList<>();
        try {
            for (int t = 0; t < writerThreads(); t++) {
                submissions.add(pool.submit(() -> {
                    start.await();
                    return store.intake(received);
                }));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            int fresh = 0;
            for (Future<Receipt> submission : submissions) {
                Receipt receipt = submission.get(1, TimeUnit.MINUTES);
                numbers.add(receipt.number());
                fresh += receipt.resubmission() ? 0 : 1;
            }
            assertThat(numbers).hasSize(1);
            assertThat(fresh).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.list(CaseQuery.all())).hasSize(1);
    }

    @Test
    void thePurgeRemovesPersonalDataOfLongClosedCasesAndKeepsTheStatistics() {
        Case old = complaint("C-OLD", "acme-foods", "2026-11-20T10:00:00+09:00");
        Case recent = complaint("C-NEW", "acme-foods", "2026-11-20T11:00:00+09:00");
        Case open = complaint("C-OPEN", "acme-foods", "2026-11-20T12:00:00+09:00");
        String oldReceipt = store.intake(old).number();
        String recentReceipt = store.intake(recent).number();
        String openReceipt = store.intake(open).number();
        store.addAssessment(oldReceipt, assessment(old, Verdict.CUSTOMER_HARASSMENT, true, "v",
                Behaviour.MENTAL_ATTACK));
        store.addAssessment(recentReceipt, assessment(recent, Verdict.NEEDS_REVIEW, false, "v"));
        store.closeCase(oldReceipt, "counter-7", CaseOutcome.GAVE_UP);
        MonthlyTotals before = store.monthlyTotals(YearMonth.of(2026, 11), null);
        clock.advance(Duration.ofDays(200));
        store.closeCase(recentReceipt, "counter-7", null);
        clock.advance(Duration.ofDays(200));

        int purged = store.purgePersonalData(Period.ofYears(1));

        assertThat(purged).isEqualTo(1);
        assertThat(store.purgePersonalData(Period.ofYears(1))).isZero();
        StoredCase gone = store.find(oldReceipt).orElseThrow();
        assertThat(gone.purged()).isTrue();
        assertThat(gone.originalText()).isNull();
        String everything = KasuharaJson.toJson(gone);
        assertThat(everything).doesNotContain(NAME, PHONE, EMAIL, STAFF, TEXT, "CRM-", "返金", "机を叩いた",
                "order-");
        assertThat(gone.caseData().id()).isEqualTo("C-OLD");
        assertThat(gone.caseData().applicant().wantsFeedback()).isTrue();
        assertThat(gone.assessments().get(0).assessment().verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(gone.assessments().get(0).assessment().findings().get(0).evidence()).isEqualTo(Redaction.PURGED);
        assertThat(store.find(recentReceipt).orElseThrow().originalText()).isNotNull();
        assertThat(store.find(openReceipt).orElseThrow().caseData()).isEqualTo(open);
        MonthlyTotals after = store.monthlyTotals(YearMonth.of(2026, 11), null);
        assertThat(after.byVerdict()).isEqualTo(before.byVerdict());
        assertThat(after.byBehaviour()).isEqualTo(before.byBehaviour());
        assertThat(after.bySite()).isEqualTo(before.bySite());
        assertThat(store.intake(old).number()).isEqualTo(oldReceipt);
        assertThat(store.find(oldReceipt).orElseThrow().originalText()).isNull();
    }

    @Test
    void anApplicantsExportHoldsTheirCasesOnly() {
        Case mine = complaint("C-1", "acme-foods", "2026-11-20T10:00:00+09:00");
        String receipt = store.intake(mine, "{\"mine\": true}").number();
        Case someoneElse = Case.builder("C-2", mine.receivedAt(), Channel.EMAIL)
                .applicant(new org.kasuhara.model.Applicant(true, null, null, "other@example.jp", null, null, null))
                .build();
        store.intake(someoneElse);

        ApplicantExport byEmail = store.exportApplicant(new ApplicantKey(" Hanako.Yamada@EXAMPLE.jp ", null, null));
        ApplicantExport byPhone = store.exportApplicant(new ApplicantKey(null, "09012345678", null));
        ApplicantExport byRef = store.exportApplicant(new ApplicantKey(null, null, "CRM-C-1"));
        ApplicantExport nobody = store.exportApplicant(new ApplicantKey("nobody@example.jp", null, null));

        assertThat(byEmail.cases()).extracting(StoredCase::receipt).containsExactly(receipt);
        assertThat(byEmail.cases().get(0).originalText()).isEqualTo("{\"mine\": true}");
        assertThat(byPhone.cases()).extracting(StoredCase::receipt).containsExactly(receipt);
        assertThat(byRef.cases()).extracting(StoredCase::receipt).containsExactly(receipt);
        assertThat(nobody.cases()).isEmpty();
        assertThat(byEmail.exportedAt()).isEqualTo(START);
        assertThat(KasuharaJson.toJson(byEmail)).contains(NAME);
        assertThatThrownBy(() -> new ApplicantKey(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private LocalDate dueOf(String id, String receivedAt) {
        return store.intake(complaint(id, "acme-foods", receivedAt)).reportDueBy();
    }

    private static List<String> receipts(List<StoredCase> cases) {
        return cases.stream().map(StoredCase::receipt).toList();
    }
}
