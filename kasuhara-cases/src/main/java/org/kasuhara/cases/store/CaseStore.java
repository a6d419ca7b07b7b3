// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.internal.InMemoryCaseStore;

/**
 * The counter's durable memory of cases (SPI). Every implementation is thread-safe and passes
 * {@code CaseStoreContractTest} from core's test-jar.
 *
 * <p><b>Durability.</b> {@link #intake} returns a receipt only after the case is committed; when the storage is
 * unavailable it throws {@link CaseStoreException} and nothing counts as received. <b>Idempotency.</b> A case is
 * identified by its organisation and id: submitting it again stores nothing, keeps the original evidence and returns
 * the original receipt. <b>History.</b> Assessments are only appended; the audit log is only appended; the only
 * thing ever removed is personal data, by {@link #purgePersonalData(Period)}.
 *
 * <p>Lifecycle: {@link CaseStatus#RECEIVED} → (first assessment) {@link CaseStatus#ASSESSED} →
 * {@link #markReported} {@link CaseStatus#REPORTED} → {@link #closeCase} {@link CaseStatus#CLOSED}; a case may also
 * be closed straight from ASSESSED. Any other change throws {@link InvalidTransitionException} naming the status.
 */
public interface CaseStore extends AutoCloseable {

    /**
     * A thread-safe store in memory, for tests, examples and short-lived tools: nothing survives the process.
     *
     * @param options calendar and clock
     * @return a new, empty store
     */
    static CaseStore inMemory(StoreOptions options) {
        return new InMemoryCaseStore(options);
    }

    /** @return {@link #inMemory(StoreOptions)} with {@link StoreOptions#defaults()} */
    static CaseStore inMemory() {
        return inMemory(StoreOptions.defaults());
    }

    /** @return the calendar and clock this store uses */
    StoreOptions options();

    /**
     * Stores a case as received and issues its receipt, or returns the original receipt when the same organisation
     * and case id were stored before.
     *
     * @param received     the case
     * @param originalText the text it was received as (JSON), stored exactly; {@code null} to store the case's
     *                     canonical JSON
     * @return the receipt, only after the case is committed
     * @throws CaseStoreException when the storage fails; the case is then not received
     */
    Receipt intake(Case received, String originalText);

    /**
     * {@link #intake(Case, String)} storing the case's canonical JSON as its original text.
     *
     * @param received the case
     * @return the receipt
     * @throws CaseStoreException when the storage fails
     */
    default Receipt intake(Case received) {
        return intake(received, KasuharaJson.toJson(received));
    }

    /**
     * Appends an assessment; the first one moves the case from RECEIVED to ASSESSED, later ones keep the status.
     *
     * @param receipt    the case's receipt number
     * @param assessment the engine's answer for this case
     * @return the stored entry with its number in the case's history
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException when the case is closed
     * @throws IllegalArgumentException   when the assessment is for another case id
     */
    AssessmentEntry addAssessment(String receipt, Assessment assessment);

    /**
     * Records that the case was reported to the person in charge at the organisation (ASSESSED → REPORTED).
     *
     * @param receipt the case's receipt number
     * @param by      who reported it (a staff handle, not personal data of the applicant)
     * @return the case after the change
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException unless the case is ASSESSED
     */
    default StoredCase markReported(String receipt, String by) {
        return markReported(receipt, by, null, null);
    }

    /**
     * Records that the case was reported to the person in charge at the organisation, how and on which day
     * (ASSESSED → REPORTED).
     *
     * @param receipt the case's receipt number
     * @param by      who reported it (a staff handle, not personal data of the applicant)
     * @param method  how it was reported, or {@code null} when not recorded
     * @param on      the day it was reported (in the calendar's zone), or {@code null} for today; not before the
     *                case was received and not after today
     * @return the case after the change
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException unless the case is ASSESSED
     * @throws IllegalArgumentException   when the day is in the future or before the case was received
     */
    StoredCase markReported(String receipt, String by, ReportMethod method, LocalDate on);

    /**
     * Records a staff member's decision on the engine's latest verdict: the same verdict confirms it, another one
     * corrects it. The assessment is never changed; the decision is stored beside it (the latest counts) and
     * audited as {@link AuditAction#VERDICT_CONFIRMED} or {@link AuditAction#VERDICT_CORRECTED}.
     *
     * @param receipt the case's receipt number
     * @param by      the staff handle
     * @param verdict the verdict staff hold right
     * @param reason  why; required (at most 1,000 characters) when the verdict differs from the engine's
     * @return the case after the change
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException while the case is not yet assessed
     * @throws IllegalArgumentException   when a correction has no reason, or the reason is too long
     */
    StoredCase reviewVerdict(String receipt, String by, Verdict verdict, String reason);

    /**
     * Confirms or declines an action of the latest assessment that needs human confirmation
     * ({@link org.kasuhara.model.Action#humanConfirmation()}); audited as {@link AuditAction#ACTION_CONFIRMED} or
     * {@link AuditAction#ACTION_DECLINED}. A later decision on the same action replaces it.
     *
     * @param receipt   the case's receipt number
     * @param by        the staff handle
     * @param action    the action
     * @param confirmed {@code true} to confirm, {@code false} to decline
     * @param reason    why, may be empty (at most 1,000 characters)
     * @return the case after the change
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException while the case is not yet assessed, or once it is closed
     * @throws IllegalArgumentException   when the latest assessment does not recommend that action or it needs no
     *                                    confirmation
     */
    StoredCase decideAction(String receipt, String by, ActionType action, boolean confirmed, String reason);

    /**
     * @param query the filters (order, cursor and limit are ignored)
     * @return how many cases match
     */
    default long count(CaseQuery query) {
        return list(query.withLimit(0).withOrder(CaseQuery.Order.RECEIPT, null)).size();
    }

    /**
     * Closes the case (ASSESSED or REPORTED → CLOSED).
     *
     * @param receipt the case's receipt number
     * @param by      who closed it
     * @param outcome how it ended, or {@code null} when not known
     * @return the case after the change
     * @throws UnknownCaseException       when no case has this receipt
     * @throws InvalidTransitionException unless the case is ASSESSED or REPORTED
     */
    StoredCase closeCase(String receipt, String by, CaseOutcome outcome);

    /**
     * @param receipt a receipt number
     * @return the case, or empty when none has it
     */
    Optional<StoredCase> find(String receipt);

    /**
     * @param organization the organisation the case names, or {@code null} for a case that names none
     * @param caseId       the case id
     * @return the case, or empty
     */
    Optional<StoredCase> findByCaseId(String organization, String caseId);

    /**
     * @param query the filters
     * @return the matching cases in the query's order
     */
    List<StoredCase> list(CaseQuery query);

    /** @return every case received but not yet assessed, in receipt order (for recovery after a crash) */
    default List<StoredCase> unassessed() {
        return list(CaseQuery.all().withStatuses(java.util.Set.of(CaseStatus.RECEIVED)));
    }

    /**
     * @param today today, in the calendar's zone
     * @return cases not reported whose deadline has passed, earliest deadline first
     */
    default List<StoredCase> overdue(LocalDate today) {
        return byDeadline(list(CaseQuery.overdue(today)));
    }

    /**
     * @param day a day
     * @return cases not reported whose deadline is that day, in receipt order
     */
    default List<StoredCase> dueOn(LocalDate day) {
        return list(CaseQuery.dueOn(day));
    }

    /** @return every case not yet reported, earliest deadline first */
    default List<StoredCase> awaitingReport() {
        return byDeadline(list(CaseQuery.awaitingReportQuery()));
    }

    /**
     * Streams the anonymous figures of every case received in a month (in the calendar's zone), without loading
     * them all at once.
     *
     * @param month        the month of receipt
     * @param organization only this organisation's cases, or {@code null} for all
     * @param sink         receives each case's figures, in receipt order
     */
    void forEachInMonth(YearMonth month, String organization, Consumer<CaseStatistics> sink);

    /**
     * Totals of the cases received in a month, as of today.
     *
     * @param month        the month of receipt
     * @param organization only this organisation, or {@code null} for all
     * @return the totals
     */
    default MonthlyTotals monthlyTotals(YearMonth month, String organization) {
        LocalDate today = LocalDate.now(options().clock().withZone(options().calendar().zone()));
        MonthlyTotals.Accumulator totals = MonthlyTotals.accumulator(month, organization, today);
        forEachInMonth(month, organization, totals);
        return totals.result();
    }

    /**
     * @param receipt a receipt number
     * @return the case's audit log, oldest first
     * @throws UnknownCaseException when no case has this receipt
     */
    List<AuditEntry> auditLog(String receipt);

    /**
     * Removes the personal data ({@link Redaction}) of every case closed more than {@code retention} ago, keeping
     * its anonymous figures, and logs each purge.
     *
     * @param retention how long closed cases keep their personal data
     * @return how many cases were purged now
     */
    int purgePersonalData(Period retention);

    /**
     * Exports every case of one applicant (and logs the export in each case's audit log).
     *
     * @param key the applicant's e-mail, phone or customer reference
     * @return the applicant's cases; purged cases no longer match
     */
    ApplicantExport exportApplicant(ApplicantKey key);

    /** Releases the storage (connections, files). Idempotent. */
    @Override
    void close();

    private static List<StoredCase> byDeadline(List<StoredCase> cases) {
        return cases.stream().sorted(Comparator.comparing(StoredCase::reportDueBy)).toList();
    }
}
