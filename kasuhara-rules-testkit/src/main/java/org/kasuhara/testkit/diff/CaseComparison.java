// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.diff;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * One case assessed by the old and the new rule set: what {@code rules diff} keeps of it. Only the decision (verdict,
 * severity, police flag) and the ids of the rules that found something are kept, never the case's text, so a long
 * history costs little memory and no personal data reaches the report.
 *
 * @param caseId          the case's id
 * @param source          the input file, {@code -} for standard input
 * @param line            the line where the case starts
 * @param before          the old rule set's decision
 * @param after           the new rule set's decision
 * @param findingsAdded   ids of rules that found something only under the new rule set, sorted
 * @param findingsRemoved ids of rules that found something only under the old rule set, sorted
 */
public record CaseComparison(String caseId, String source, int line, Decision before, Decision after,
                      List<String> findingsAdded, List<String> findingsRemoved) {

    /** Checks the fields and copies the lists. */
    public CaseComparison {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        findingsAdded = List.copyOf(findingsAdded);
        findingsRemoved = List.copyOf(findingsRemoved);
    }

    /**
     * The decision of one rule set about one case.
     *
     * @param verdict      the verdict
     * @param severity     the overall severity
     * @param policeReport whether to report to the police
     */
    public record Decision(Verdict verdict, Severity severity, boolean policeReport) {
        static Decision of(Assessment a) {
            return new Decision(a.verdict(), a.severity(), a.policeReport());
        }
    }

    /**
     * Compares the two assessments of one case.
     *
     * @param source where the case was read
     * @param line   its line
     * @param before the old rule set's assessment
     * @param after  the new rule set's assessment
     * @return the comparison
     */
    public static CaseComparison of(String source, int line, Assessment before, Assessment after) {
        TreeSet<String> oldRules = rules(before);
        TreeSet<String> newRules = rules(after);
        TreeSet<String> added = new TreeSet<>(newRules);
        added.removeAll(oldRules);
        oldRules.removeAll(newRules);
        return new CaseComparison(before.caseId(), source, line, Decision.of(before), Decision.of(after),
                List.copyOf(added), List.copyOf(oldRules));
    }

    /** @return {@code true} when the verdict, the severity or the police flag differs */
    public boolean decisionChanged() {
        return !before.equals(after);
    }

    /** @return {@code true} when some rule found something under one rule set only */
    public boolean findingsChanged() {
        return !findingsAdded.isEmpty() || !findingsRemoved.isEmpty();
    }

    private static TreeSet<String> rules(Assessment a) {
        TreeSet<String> ids = new TreeSet<>();
        for (Finding f : a.findings()) {
            ids.add(f.rule());
        }
        return ids;
    }
}
