// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.util.Objects;
import java.util.Optional;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives cases into a store and assesses them: the counter's intake. The case is committed first and assessed
 * second, so a crash in between loses nothing — call {@link #assessPending()} when the service starts and every case
 * received but not assessed is assessed then. Thread-safe when the store and engine are.
 */
public final class CaseIntake {
    private static final Logger LOG = LoggerFactory.getLogger(CaseIntake.class);

    private final CaseStore store;
    private final TriageEngine engine;

    /**
     * @param store  where cases are kept
     * @param engine what assesses them
     * @throws NullPointerException if either is {@code null}
     */
    public CaseIntake(CaseStore store, TriageEngine engine) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Stores and assesses one case. A re-submitted case is neither stored nor assessed again: the original receipt
     * comes back without an assessment.
     *
     * @param received     the case
     * @param originalText the text it was received as, or {@code null} for its canonical JSON
     * @return the receipt, and the assessment when the case was new
     * @throws CaseStoreException     when the storage fails (then the case is not received)
     * @throws RuleExecutionException when the rules run away on this case: it stays received and unassessed, and
     *                                {@link #assessPending()} tries it again (after the rules are fixed)
     */
    public Result receive(Case received, String originalText) {
        Receipt receipt = store.intake(received, originalText);
        if (receipt.resubmission()) {
            boolean differs = store.find(receipt.number()).map(s -> !s.caseData().equals(received)).orElse(false);
            return new Result(receipt, Optional.empty(), differs);
        }
        return new Result(receipt, Optional.of(store.addAssessment(receipt.number(), engine.assess(received))), false);
    }

    /**
     * Assesses every case the store holds as received but not assessed (after a crash or an engine failure). A case
     * on which the rules run away ({@link RuleExecutionException}) stays pending and is logged by receipt number and
     * rules; the cases after it are still assessed, so one bad case never stops a service from starting.
     *
     * @return how many cases were assessed
     */
    public int assessPending() {
        int assessed = 0;
        for (StoredCase pending : store.unassessed()) {
            try {
                store.addAssessment(pending.receipt(), engine.assess(pending.caseData()));
                assessed++;
            } catch (RuleExecutionException e) {
                LOG.warn("case {} stays unassessed: {}", pending.receipt(), e.getMessage());
            }
        }
        return assessed;
    }

    /**
     * What one intake did.
     *
     * @param receipt    the receipt (the original one for a re-submission)
     * @param assessment the stored assessment, empty for a re-submission
     * @param differs    a re-submission whose content differs from the case first received: it was not stored (the
     *                   first is kept), and the sender should be told
     */
    public record Result(Receipt receipt, Optional<AssessmentEntry> assessment, boolean differs) {
        /** Checks the fields. */
        public Result {
            Objects.requireNonNull(receipt, "receipt");
            Objects.requireNonNull(assessment, "assessment");
        }

        /**
         * @param receipt    the receipt
         * @param assessment the stored assessment, empty for a re-submission
         */
        public Result(Receipt receipt, Optional<AssessmentEntry> assessment) {
            this(receipt, assessment, false);
        }
    }
}
