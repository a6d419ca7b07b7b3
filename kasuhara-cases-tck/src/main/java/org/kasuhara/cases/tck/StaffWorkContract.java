// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.cases.tck.StoreFixtures.assessment;
import static org.kasuhara.cases.tck.StoreFixtures.complaint;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatistics;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.Redaction;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;

/**
 * The part of the store contract that the counter's staff work with: confirming or correcting the engine's verdict
 * beside it (never over it), deciding actions that need a person, recording how and when a case was reported, and
 * listing cases with filters, orders and cursor pages. Run through {@link CaseStoreContractTest}.
 */
public abstract class StaffWorkContract extends StoreContractBase {

    private String assessed(String id, String receivedAt, Verdict verdict, boolean police) {
        Case received = complaint(id, "acme-foods", receivedAt);
        String receipt = store.intake(received).number();
        store.addAssessment(receipt, assessment(received, verdict, police, "1.0", Behaviour.INTIMIDATION));
        return receipt;
    }

    private AuditEntry lastAudit(String receipt) {
        List<AuditEntry> log = store.auditLog(receipt);
        return log.get(log.size() - 1);
    }

    @Test
    void staffConfirmOrCorrectTheVerdictBesideTheAssessmentAndEveryDecisionIsAudited() {
        String receipt = assessed("R-1", "2026-11-20T10:03:00+09:00", Verdict.NEEDS_REVIEW, false);

        StoredCase confirmed = store.reviewVerdict(receipt, "staff-a", Verdict.NEEDS_REVIEW, "");

        assertThat(confirmed.latestReview()).get().satisfies(r -> {
            assertThat(r.agrees()).isTrue();
            assertThat(r.assessment()).isEqualTo(1);
            assertThat(r.by()).isEqualTo("staff-a");
            assertThat(r.at()).isEqualTo(START);
        });
        assertThat(lastAudit(receipt).action()).isEqualTo(AuditAction.VERDICT_CONFIRMED);
        assertThat(lastAudit(receipt).actor()).isEqualTo("staff-a");

        clock.advance(Duration.ofMinutes(3));
        StoredCase corrected = store.reviewVerdict(receipt, "staff-b", Verdict.LEGITIMATE_COMPLAINT,
                "  録音を確認: 暴言なし、返品の要求は正当 ");

        assertThat(corrected.reviews()).hasSize(2);
        VerdictReview latest = corrected.latestReview().orElseThrow();
        assertThat(latest.agrees()).isFalse();
        assertThat(latest.engine()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(latest.staff()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
        assertThat(latest.reason()).isEqualTo("録音を確認: 暴言なし、返品の要求は正当");
        assertThat(corrected.latestAssessment().orElseThrow().assessment().verdict())
                .as("the engine's verdict is never overwritten").isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(corrected.status()).isEqualTo(CaseStatus.ASSESSED);
        AuditEntry audit = lastAudit(receipt);
        assertThat(audit.action()).isEqualTo(AuditAction.VERDICT_CORRECTED);
        assertThat(audit.detail()).contains("NEEDS_REVIEW", "LEGITIMATE_COMPLAINT").doesNotContain("録音");

        store = reopen(store, options());
        assertThat(store.find(receipt).orElseThrow().reviews()).isEqualTo(corrected.reviews());
    }

    @Test
    void aCorrectionNeedsAReasonAndOnlyAssessedCasesCanBeReviewed() {
        String receipt = assessed("R-2", "2026-11-20T10:03:00+09:00", Verdict.CUSTOMER_HARASSMENT, false);
        Case unassessed = complaint("R-3", "acme-foods", "2026-11-20T10:04:00+09:00");
        String waiting = store.intake(unassessed).number();

        assertThatThrownBy(() -> store.reviewVerdict(receipt, "staff-a", Verdict.LEGITIMATE_COMPLAINT, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> store.reviewVerdict(receipt, "staff-a", Verdict.LEGITIMATE_COMPLAINT,
                "x".repeat(1_001))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> store.reviewVerdict(receipt, " ", Verdict.CUSTOMER_HARASSMENT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("by");
        assertThatThrownBy(() -> store.reviewVerdict(waiting, "staff-a", Verdict.CUSTOMER_HARASSMENT, ""))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> store.reviewVerdict("KH-99999999", "staff-a", Verdict.NEEDS_REVIEW, ""))
                .isInstanceOf(UnknownCaseException.class);
        assertThat(store.find(receipt).orElseThrow().reviews()).as("nothing stored by a refused review").isEmpty();
        assertThat(store.auditLog(receipt)).extracting(AuditEntry::action)
                .doesNotContain(AuditAction.VERDICT_CONFIRMED, AuditAction.VERDICT_CORRECTED);
    }

    @Test
    void actionsThatNeedAPersonAreConfirmedOrDeclinedAndTheLatestDecisionCounts() {
        String receipt = assessed("R-4", "2026-11-20T10:03:00+09:00", Verdict.CUSTOMER_HARASSMENT, false);

        store.decideAction(receipt, "staff-a", ActionType.END_CONTACT_AFTER_WARNING, true, "");
        StoredCase declined = store.decideAction(receipt, "lead-b", ActionType.END_CONTACT_AFTER_WARNING, false,
                "上長判断: 次回は二名で対応");

        assertThat(declined.decisions()).hasSize(2);
        assertThat(declined.decisionOn(ActionType.END_CONTACT_AFTER_WARNING)).get().satisfies(d -> {
            assertThat(d.confirmed()).isFalse();
            assertThat(d.by()).isEqualTo("lead-b");
            assertThat(d.reason()).isEqualTo("上長判断: 次回は二名で対応");
        });
        assertThat(declined.decisionOn(ActionType.REPORT_TO_POLICE)).isEmpty();
        assertThat(store.auditLog(receipt)).extracting(AuditEntry::action)
                .endsWith(AuditAction.ACTION_CONFIRMED, AuditAction.ACTION_DECLINED);
        assertThatThrownBy(() -> store.decideAction(receipt, "staff-a", ActionType.REPORT_TO_POLICE, true, ""))
                .as("not recommended by the assessment").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REPORT_TO_POLICE");

        store.closeCase(receipt, "staff-a", CaseOutcome.GAVE_UP);
        assertThatThrownBy(() -> store.decideAction(receipt, "staff-a", ActionType.END_CONTACT_AFTER_WARNING,
                true, "")).isInstanceOf(InvalidTransitionException.class);
        store = reopen(store, options());
        assertThat(store.find(receipt).orElseThrow().decisions()).isEqualTo(declined.decisions());
    }

    @Test
    void aReportRecordsItsDayAndWayAndTheDayDecidesWhetherItWasOnTime() {
        String receipt = assessed("R-5", "2026-11-20T10:03:00+09:00", Verdict.NEEDS_REVIEW, false);
        LocalDate due = store.find(receipt).orElseThrow().reportDueBy();
        clock.set(due.plusDays(5).atStartOfDay(options().calendar().zone()).plusHours(10).toInstant());
        LocalDate today = due.plusDays(5);

        assertThatThrownBy(() -> store.markReported(receipt, "staff-a", ReportMethod.EMAIL, today.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> store.markReported(receipt, "staff-a", ReportMethod.EMAIL,
                LocalDate.of(2026, 11, 19))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the case was received");
        StoredCase reported = store.markReported(receipt, "staff-a", ReportMethod.PHONE, due);

        assertThat(reported.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(reported.reportedOn()).isEqualTo(due);
        assertThat(reported.reportMethod()).isEqualTo(ReportMethod.PHONE);
        assertThat(lastAudit(receipt).detail()).contains("on=" + due, "method=PHONE");
        MonthlyTotals totals = store.monthlyTotals(YearMonth.of(2026, 11), null);
        assertThat(totals.reportedOnTime()).as("reported on its deadline, recorded five days later").isEqualTo(1);
        assertThat(totals.reportedLate()).isZero();

        String later = assessed("R-6", "2026-11-20T11:03:00+09:00", Verdict.NEEDS_REVIEW, false);
        assertThat(store.markReported(later, "staff-a").reportedOn()).as("no day given: today").isEqualTo(today);
        assertThat(store.monthlyTotals(YearMonth.of(2026, 11), null).reportedLate()).isEqualTo(1);
    }

    @Test
    void monthlyTotalsGiveTheShareOfReviewedVerdictsStaffConfirmed() {
        String a = assessed("R-7", "2026-11-20T10:03:00+09:00", Verdict.NEEDS_REVIEW, false);
        String b = assessed("R-8", "2026-11-20T10:04:00+09:00", Verdict.CUSTOMER_HARASSMENT, false);
        String c = assessed("R-9", "2026-11-20T10:05:00+09:00", Verdict.LEGITIMATE_COMPLAINT, false);
        assessed("R-10", "2026-11-20T10:06:00+09:00", Verdict.LEGITIMATE_COMPLAINT, false);
        store.reviewVerdict(a, "staff-a", Verdict.CUSTOMER_HARASSMENT, "録音で暴言を確認");
        store.reviewVerdict(b, "staff-a", Verdict.CUSTOMER_HARASSMENT, "");
        store.reviewVerdict(c, "staff-a", Verdict.NEEDS_REVIEW, "一度は確認が必要");
        store.reviewVerdict(c, "lead-b", Verdict.LEGITIMATE_COMPLAINT, "");

        MonthlyTotals totals = store.monthlyTotals(YearMonth.of(2026, 11), null);

        assertThat(totals.staffReviewed()).isEqualTo(3);
        assertThat(totals.staffAgreed()).as("the latest review of each case counts").isEqualTo(2);
        assertThat(totals.agreementRate()).hasValueCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        MonthlyTotals.Accumulator streamed = MonthlyTotals.accumulator(YearMonth.of(2026, 11), null,
                totals.asOf());
        store.forEachInMonth(YearMonth.of(2026, 11), null, streamed);
        assertThat(streamed.result()).isEqualTo(totals);
        List<CaseStatistics> stats = new ArrayList<>();
        store.forEachInMonth(YearMonth.of(2026, 11), null, stats::add);
        assertThat(stats).extracting(CaseStatistics::staffAgrees).containsExactly(false, true, true, null);
        assertThat(store.monthlyTotals(YearMonth.of(2026, 10), null).agreementRate()).isEmpty();
    }

    @Test
    void listingsFilterByVerdictSitePoliceAndPageWithACursorInEveryOrder() {
        List<String> receipts = new ArrayList<>();
        String[] days = {"2026-11-24", "2026-11-20", "2026-11-26", "2026-11-20", "2026-11-25", "2026-11-27"};
        for (int i = 0; i < days.length; i++) {
            Verdict verdict = Verdict.values()[i % 3];
            receipts.add(assessed("P-" + i, days[i] + "T09:0" + i + ":00+09:00", verdict, i == 4));
        }
        Case elsewhere = complaint("P-site", "acme-foods", "2026-11-20T12:00:00+09:00");
        elsewhere = new Case(elsewhere.id(), elsewhere.receivedAt(), elsewhere.channel(), elsewhere.language(),
                elsewhere.organization(), "渋谷店", elsewhere.matter(), elsewhere.applicant(), elsewhere.demands(),
                elsewhere.facts(), elsewhere.contacts(), elsewhere.observations());
        String shibuya = store.intake(elsewhere).number();

        assertThat(store.list(CaseQuery.all().withVerdicts(Set.of(Verdict.CUSTOMER_HARASSMENT))))
                .extracting(StoredCase::receipt).containsExactly(receipts.get(2), receipts.get(5));
        assertThat(store.list(CaseQuery.all().withPolice(true))).extracting(StoredCase::receipt)
                .containsExactly(receipts.get(4));
        assertThat(store.list(CaseQuery.all().withSite("渋谷店"))).extracting(StoredCase::receipt)
                .containsExactly(shibuya);
        assertThat(store.count(CaseQuery.all().withVerdicts(Set.of(Verdict.LEGITIMATE_COMPLAINT))
                .withLimit(1))).as("count ignores the page size").isEqualTo(2);
        assertThat(store.count(CaseQuery.all())).isEqualTo(7);

        for (CaseQuery.Order order : CaseQuery.Order.values()) {
            List<StoredCase> whole = store.list(CaseQuery.all().withOrder(order, null));
            assertThat(whole).as(order.name()).isSortedAccordingTo(order.comparator()).hasSize(7);
            List<StoredCase> paged = new ArrayList<>();
            CaseQuery.Cursor cursor = null;
            for (int page = 0; page < 10; page++) {
                List<StoredCase> next = store.list(CaseQuery.all().withOrder(order, cursor).withLimit(3));
                paged.addAll(next);
                if (next.size() < 3) {
                    break;
                }
                cursor = CaseQuery.Cursor.after(next.get(next.size() - 1));
            }
            assertThat(paged).as("pages of " + order).isEqualTo(whole);
        }
    }

    @Test
    void theRetentionPurgeRemovesTheFreeTextStaffWroteButKeepsTheirDecisions() {
        String receipt = assessed("R-11", "2026-11-20T10:03:00+09:00", Verdict.CUSTOMER_HARASSMENT, false);
        store.reviewVerdict(receipt, "staff-a", Verdict.NEEDS_REVIEW, "山田様の件、録音待ち");
        store.decideAction(receipt, "staff-a", ActionType.END_CONTACT_AFTER_WARNING, false, "山田様は常連");
        store.closeCase(receipt, "staff-a", CaseOutcome.GAVE_UP);
        clock.advance(Duration.ofDays(400));

        assertThat(store.purgePersonalData(Period.ofYears(1))).isEqualTo(1);

        StoredCase purged = store.find(receipt).orElseThrow();
        assertThat(purged.latestReview().orElseThrow().reason()).isEqualTo(Redaction.PURGED);
        assertThat(purged.latestReview().orElseThrow().staff()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(purged.decisions().get(0).reason()).isEqualTo(Redaction.PURGED);
        assertThat(purged.decisions().get(0).confirmed()).isFalse();
    }

    @Test
    void aBlankOrganisationIsRefusedInsteadOfMatchingTheCasesThatNameNone() {
        store.intake(complaint("N-1", null, "2026-11-20T10:03:00+09:00"));

        assertThatThrownBy(() -> store.monthlyTotals(YearMonth.of(2026, 11), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization");
        assertThatThrownBy(() -> store.forEachInMonth(YearMonth.of(2026, 11), "", s -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseQuery.all().withOrganization(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.monthlyTotals(YearMonth.of(2026, 11), null).cases()).isEqualTo(1);
    }
}
