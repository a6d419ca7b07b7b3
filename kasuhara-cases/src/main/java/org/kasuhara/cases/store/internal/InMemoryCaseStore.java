// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.internal;

import org.kasuhara.cases.store.spi.Lifecycle;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.cases.store.ApplicantExport;
import org.kasuhara.cases.store.ApplicantKey;
import org.kasuhara.cases.store.ActionDecision;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatistics;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.Redaction;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Verdict;

/**
 * The in-memory store: one lock around plain maps. Correct and simple rather than concurrent: the lock is held for
 * microseconds, far below what a counter's intake rate needs.
 */
public final class InMemoryCaseStore implements CaseStore {
    private final StoreOptions options;
    private final Object lock = new Object();
    private final TreeMap<Long, StoredCase> cases = new TreeMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private long lastSequence;

    /** @param options calendar and clock */
    public InMemoryCaseStore(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public StoreOptions options() {
        return options;
    }

    @Override
    public Receipt intake(Case received, String originalText) {
        Objects.requireNonNull(received, "case");
        String text = originalText == null ? org.kasuhara.json.KasuharaJson.toJson(received) : originalText;
        String key = key(received.organization(), received.id());
        synchronized (lock) {
            Long existing = byKey.get(key);
            if (existing != null) {
                StoredCase stored = cases.get(existing);
                log(stored, AuditEntry.SYSTEM, AuditAction.RESUBMITTED, stored.status(),
                        Lifecycle.resubmittedDetail(text.equals(stored.originalText())));
                return receipt(stored, true);
            }
            long sequence = ++lastSequence;
            Instant now = now();
            StoredCase stored = new StoredCase(ReceiptNumbers.format(sequence), received, text, now,
                    options.calendar().reportDueBy(received.receivedAt()), CaseStatus.RECEIVED, List.of(), null, null,
                    null, null, null, null, null, null, List.of(), List.of());
            cases.put(sequence, stored);
            byKey.put(key, sequence);
            log(stored, AuditEntry.SYSTEM, AuditAction.RECEIVED, null, Lifecycle.receivedDetail(received));
            return receipt(stored, false);
        }
    }

    @Override
    public AssessmentEntry addAssessment(String receipt, Assessment assessment) {
        synchronized (lock) {
            StoredCase stored = get(receipt);
            Lifecycle.checkSameCase(receipt, stored.caseData(), assessment);
            CaseStatus next = Lifecycle.afterAssessment(receipt, stored.status());
            AssessmentEntry entry = new AssessmentEntry(stored.assessments().size() + 1, now(), assessment);
            List<AssessmentEntry> history = new ArrayList<>(stored.assessments());
            history.add(entry);
            StoredCase updated = new StoredCase(stored.receipt(), stored.caseData(), stored.originalText(),
                    stored.storedAt(), stored.reportDueBy(), next, history, stored.reportedAt(), stored.reportedBy(),
                    stored.closedAt(), stored.closedBy(), stored.outcome(), stored.purgedAt(), stored.reportedOn(),
                    stored.reportMethod(), stored.reviews(), stored.decisions());
            replace(stored, updated, AuditEntry.SYSTEM, AuditAction.ASSESSED,
                    Lifecycle.assessedDetail(entry.number(), assessment));
            return entry;
        }
    }

    @Override
    public StoredCase markReported(String receipt, String by, ReportMethod method, LocalDate on) {
        String actor = Lifecycle.actor(by);
        synchronized (lock) {
            StoredCase stored = get(receipt);
            Lifecycle.checkReport(receipt, stored.status());
            LocalDate day = Lifecycle.reportDay(stored, on, LocalDate.ofInstant(now(), options.calendar().zone()),
                    options.calendar().zone());
            StoredCase updated = new StoredCase(stored.receipt(), stored.caseData(), stored.originalText(),
                    stored.storedAt(), stored.reportDueBy(), CaseStatus.REPORTED, stored.assessments(), now(), actor,
                    null, null, null, null, day, method, stored.reviews(), stored.decisions());
            return replace(stored, updated, actor, AuditAction.REPORTED, Lifecycle.reportedDetail(method, day));
        }
    }

    @Override
    public StoredCase reviewVerdict(String receipt, String by, Verdict verdict, String reason) {
        String actor = Lifecycle.actor(by);
        synchronized (lock) {
            StoredCase stored = get(receipt);
            VerdictReview review = Lifecycle.review(stored, actor, verdict, reason, now());
            List<VerdictReview> reviews = new ArrayList<>(stored.reviews());
            reviews.add(review);
            return replace(stored, withDecisions(stored, reviews, stored.decisions()), actor,
                    Lifecycle.reviewAction(review), Lifecycle.reviewDetail(review));
        }
    }

    @Override
    public StoredCase decideAction(String receipt, String by, ActionType action, boolean confirmed, String reason) {
        String actor = Lifecycle.actor(by);
        synchronized (lock) {
            StoredCase stored = get(receipt);
            ActionDecision decision = Lifecycle.decision(stored, actor, action, confirmed, reason, now());
            List<ActionDecision> decisions = new ArrayList<>(stored.decisions());
            decisions.add(decision);
            return replace(stored, withDecisions(stored, stored.reviews(), decisions), actor,
                    Lifecycle.decisionAction(decision), Lifecycle.decisionDetail(decision));
        }
    }

    private static StoredCase withDecisions(StoredCase s, List<VerdictReview> reviews,
            List<ActionDecision> decisions) {
        return new StoredCase(s.receipt(), s.caseData(), s.originalText(), s.storedAt(), s.reportDueBy(), s.status(),
                s.assessments(), s.reportedAt(), s.reportedBy(), s.closedAt(), s.closedBy(), s.outcome(),
                s.purgedAt(), s.reportedOn(), s.reportMethod(), reviews, decisions);
    }

    @Override
    public StoredCase closeCase(String receipt, String by, CaseOutcome outcome) {
        String actor = Lifecycle.actor(by);
        synchronized (lock) {
            StoredCase stored = get(receipt);
            Lifecycle.checkClose(receipt, stored.status());
            StoredCase updated = new StoredCase(stored.receipt(), stored.caseData(), stored.originalText(),
                    stored.storedAt(), stored.reportDueBy(), CaseStatus.CLOSED, stored.assessments(),
                    stored.reportedAt(), stored.reportedBy(), now(), actor, outcome, null, stored.reportedOn(),
                    stored.reportMethod(), stored.reviews(), stored.decisions());
            return replace(stored, updated, actor, AuditAction.CLOSED, Lifecycle.closedDetail(outcome));
        }
    }

    @Override
    public Optional<StoredCase> find(String receipt) {
        var sequence = ReceiptNumbers.parse(receipt);
        synchronized (lock) {
            return sequence.isEmpty() ? Optional.empty() : Optional.ofNullable(cases.get(sequence.getAsLong()));
        }
    }

    @Override
    public Optional<StoredCase> findByCaseId(String organization, String caseId) {
        synchronized (lock) {
            Long sequence = byKey.get(key(organization, caseId));
            return sequence == null ? Optional.empty() : Optional.of(cases.get(sequence));
        }
    }

    @Override
    public List<StoredCase> list(CaseQuery query) {
        List<StoredCase> found = new ArrayList<>();
        synchronized (lock) {
            Iterable<StoredCase> ordered = query.order() == CaseQuery.Order.RECEIPT ? cases.values()
                    : query.order() == CaseQuery.Order.RECEIPT_DESC ? cases.descendingMap().values()
                    : cases.values().stream().sorted(query.order().comparator()).toList();
            for (StoredCase stored : ordered) {
                if (query.matches(stored) && (query.receivedIn() == null
                        || query.receivedIn().equals(month(stored)))) {
                    found.add(stored);
                    if (found.size() == query.limit()) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void forEachInMonth(YearMonth month, String organization, Consumer<CaseStatistics> sink) {
        for (StoredCase stored : list(CaseQuery.all().withReceivedIn(month).withOrganization(organization))) {
            sink.accept(CaseStatistics.of(stored, options.calendar().zone()));
        }
    }

    @Override
    public List<AuditEntry> auditLog(String receipt) {
        synchronized (lock) {
            get(receipt);
            return audit.stream().filter(e -> e.receipt().equals(receipt.strip())).toList();
        }
    }

    @Override
    public int purgePersonalData(Period retention) {
        Instant cutoff = now().atZone(options.calendar().zone()).minus(retention).toInstant();
        int purged = 0;
        synchronized (lock) {
            for (StoredCase stored : List.copyOf(cases.values())) {
                if (stored.status() == CaseStatus.CLOSED && !stored.purged() && stored.closedAt().isBefore(cutoff)) {
                    List<AssessmentEntry> history = stored.assessments().stream().map(e -> new AssessmentEntry(
                            e.number(), e.assessedAt(), Redaction.anonymise(e.assessment()))).toList();
                    StoredCase updated = new StoredCase(stored.receipt(), Redaction.anonymise(stored.caseData()),
                            null, stored.storedAt(), stored.reportDueBy(), stored.status(), history,
                            stored.reportedAt(), stored.reportedBy(), stored.closedAt(), stored.closedBy(),
                            stored.outcome(), now(), stored.reportedOn(), stored.reportMethod(),
                            stored.reviews().stream().map(Redaction::withoutReason).toList(),
                            stored.decisions().stream().map(Redaction::withoutReason).toList());
                    replace(stored, updated, AuditEntry.SYSTEM, AuditAction.PURGED, Lifecycle.purgedDetail(retention));
                    purged++;
                }
            }
        }
        return purged;
    }

    @Override
    public ApplicantExport exportApplicant(ApplicantKey key) {
        Objects.requireNonNull(key, "key");
        synchronized (lock) {
            List<StoredCase> found = new ArrayList<>();
            for (StoredCase stored : cases.values()) {
                var applicant = stored.caseData().applicant();
                if (key.matches(applicant.email(), applicant.phone(), applicant.customerRef())) {
                    found.add(stored);
                    log(stored, AuditEntry.SYSTEM, AuditAction.EXPORTED, stored.status(), Lifecycle.EXPORTED_DETAIL);
                }
            }
            return new ApplicantExport(now(), found);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }

    private StoredCase get(String receipt) {
        var sequence = ReceiptNumbers.parse(receipt);
        StoredCase stored = sequence.isEmpty() ? null : cases.get(sequence.getAsLong());
        if (stored == null) {
            throw new UnknownCaseException(receipt);
        }
        return stored;
    }

    private StoredCase replace(StoredCase before, StoredCase after, String actor, AuditAction action, String detail) {
        cases.put(ReceiptNumbers.parse(before.receipt()).getAsLong(), after);
        log(after, actor, action, before.status(), detail);
        return after;
    }

    private void log(StoredCase stored, String actor, AuditAction action, CaseStatus from, String detail) {
        audit.add(new AuditEntry(audit.size() + 1L, stored.receipt(), now(), actor, action, from, stored.status(),
                detail));
    }

    private YearMonth month(StoredCase stored) {
        return YearMonth.from(stored.caseData().receivedAt().atZoneSameInstant(options.calendar().zone()));
    }

    private Instant now() {
        // microseconds: what SQL databases keep, so every store returns the same instants
        return options.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Receipt receipt(StoredCase stored, boolean resubmission) {
        return new Receipt(stored.receipt(), stored.organization(), stored.caseId(), stored.storedAt(),
                stored.reportDueBy(), resubmission);
    }

    private static String key(String organization, String caseId) {
        return (organization == null ? "" : organization) + '\u0000' + caseId;
    }
}
