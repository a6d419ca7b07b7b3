package org.kasuhara.cli;

import org.kasuhara.cli.CaseComparison.Decision;
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
record DecisionChange(Verdict verdictFrom, Verdict verdictTo, Severity severityFrom, Severity severityTo,
                      Boolean policeFrom, Boolean policeTo) {

    static DecisionChange between(Decision before, Decision after) {
        boolean verdict = before.verdict() != after.verdict();
        boolean severity = before.severity() != after.severity();
        boolean police = before.policeReport() != after.policeReport();
        return new DecisionChange(verdict ? before.verdict() : null, verdict ? after.verdict() : null,
                severity ? before.severity() : null, severity ? after.severity() : null,
                police ? before.policeReport() : null, police ? after.policeReport() : null);
    }

    boolean verdictChanged() {
        return verdictFrom != null;
    }

    boolean severityChanged() {
        return severityFrom != null;
    }

    boolean policeChanged() {
        return policeFrom != null;
    }

    /**
     * A stable, language-neutral name, e.g. {@code LEGITIMATE_COMPLAINT → CUSTOMER_HARASSMENT, severity NONE → HIGH}.
     *
     * @param labels the language of the words "severity" and "police"
     * @return the name
     */
    String describe(Labels labels) {
        StringBuilder text = new StringBuilder();
        if (verdictChanged()) {
            text.append(verdictFrom).append(" → ").append(verdictTo);
        }
        if (severityChanged()) {
            text.append(text.length() > 0 ? ", " : "").append(labels.of("重大度", "severity")).append(' ')
                    .append(severityFrom).append(" → ").append(severityTo);
        }
        if (policeChanged()) {
            text.append(text.length() > 0 ? ", " : "").append(labels.of("警察へ通報", "police report")).append(' ')
                    .append(labels.yesNo(policeFrom)).append(" → ").append(labels.yesNo(policeTo));
        }
        return text.toString();
    }
}
