// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.diff;

import org.kasuhara.testkit.diff.CaseComparison.Decision;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * What changed in a case's decision, the key {@code rules diff} groups cases by. Each part is {@code null} when
 * it did not change, so that, say, every case going from legitimate to harassment falls in one group whatever its
 * unchanged police flag.
 *
 * @param verdictFrom  the old verdict, or {@code null} when unchanged
 * @param verdictTo    the new verdict, or {@code null} when unchanged
 * @param severityFrom the old severity, or {@code null} when unchanged
 * @param severityTo   the new severity, or {@code null} when unchanged
 * @param policeFrom   the old police flag, or {@code null} when unchanged
 * @param policeTo     the new police flag, or {@code null} when unchanged
 */
public record DecisionChange(Verdict verdictFrom, Verdict verdictTo, Severity severityFrom, Severity severityTo,
                      Boolean policeFrom, Boolean policeTo) {

    /**
     * @param before the old decision
     * @param after  the new decision
     * @return the change, with unchanged parts {@code null}
     */
    public static DecisionChange between(Decision before, Decision after) {
        boolean verdict = before.verdict() != after.verdict();
        boolean severity = before.severity() != after.severity();
        boolean police = before.policeReport() != after.policeReport();
        return new DecisionChange(verdict ? before.verdict() : null, verdict ? after.verdict() : null,
                severity ? before.severity() : null, severity ? after.severity() : null,
                police ? before.policeReport() : null, police ? after.policeReport() : null);
    }

    /** @return whether the verdict changed */
    public boolean verdictChanged() {
        return verdictFrom != null;
    }

    /** @return whether the severity changed */
    public boolean severityChanged() {
        return severityFrom != null;
    }

    /** @return whether the police flag changed */
    public boolean policeChanged() {
        return policeFrom != null;
    }
}
