// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.cli.io.StoreCases;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Verdict;
import org.kasuhara.testkit.eval.CaseEvaluation;

/**
 * Scores a rule set against the verdicts the counter's staff confirmed or corrected: every case in the store with a
 * staff review is assessed again by the engine and compared with staff's latest verdict — agreement overall, per
 * staff verdict and per rule that fired, and the harassment ↔ legitimate swaps by receipt number.
 */
final class StaffAgreement {
    private StaffAgreement() {
    }

    /**
     * @param fired   cases in which the rule fired
     * @param agreed  of which the engine's verdict matched staff's
     */
    record RuleScore(int fired, int agreed) {
    }

    /**
     * @param reviewed  cases with a staff review
     * @param agreed    cases whose verdict matches staff's
     * @param byStaff   per staff verdict: {reviewed, agreed}
     * @param byRule    per rule id
     * @param swaps     receipts of harassment ↔ legitimate swaps, with the engine's verdict
     */
    record Report(int reviewed, int agreed, Map<Verdict, int[]> byStaff, Map<String, RuleScore> byRule,
                  List<String> swaps) {
    }

    static Report run(TriageEngine engine, CaseStore store) {
        int[] totals = new int[2];
        Map<Verdict, int[]> byStaff = new EnumMap<>(Verdict.class);
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> swaps = new ArrayList<>();
        forEachReviewed(store, (stored, review) -> {
            Assessment a = engine.assess(stored.caseData());
            boolean agrees = a.verdict() == review.staff();
            totals[0]++;
            totals[1] += agrees ? 1 : 0;
            int[] v = byStaff.computeIfAbsent(review.staff(), k -> new int[2]);
            v[0]++;
            v[1] += agrees ? 1 : 0;
            a.findings().stream().map(Finding::rule).distinct().forEach(rule -> {
                int[] r = byRule.computeIfAbsent(rule, k -> new int[2]);
                r[0]++;
                r[1] += agrees ? 1 : 0;
            });
            if (CaseEvaluation.isSwap(a.verdict(), java.util.Set.of(review.staff()))) {
                swaps.add(stored.receipt() + " " + a.verdict() + " -> " + review.staff());
            }
        });
        Map<String, RuleScore> rules = new TreeMap<>();
        byRule.forEach((rule, r) -> rules.put(rule, new RuleScore(r[0], r[1])));
        return new Report(totals[0], totals[1], byStaff, rules, swaps);
    }

    private static void forEachReviewed(CaseStore store, java.util.function.BiConsumer<StoredCase, VerdictReview>
            sink) {
        StoreCases.forEach(store, c -> c.latestReview().ifPresent(r -> sink.accept(c, r)));
    }
}
