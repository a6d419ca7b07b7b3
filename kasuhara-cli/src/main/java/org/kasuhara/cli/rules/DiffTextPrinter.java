// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.testkit.diff.CaseComparison;
import org.kasuhara.testkit.diff.DecisionChange;
import org.kasuhara.testkit.diff.DiffReport;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.triage.SummaryPrinter;
import java.io.PrintWriter;
import java.util.List;
import org.kasuhara.engine.RuleSet;

/**
 * Writes a {@link DiffReport} for people: each change with its count and cases (id, file:line, rules that found
 * something only under the new {@code +} or the old {@code -} rule set), then the totals.
 */
public final class DiffTextPrinter {
    private final PrintWriter out;
    private final Labels labels;

    public DiffTextPrinter(PrintWriter out, Labels labels) {
        this.out = out;
        this.labels = labels;
    }

    public void print(RuleSet before, String beforeDir, RuleSet after, String afterDir, DiffReport report) {
        out.println(labels.of("比較", "Comparing") + ": " + beforeDir + " (" + describe(before) + ") → " + afterDir
                + " (" + describe(after) + ")");
        out.println();
        List<DiffReport.Group> groups = report.groups();
        if (groups.isEmpty()) {
            out.println(labels.of("判定・重大度・警察への通報が変わる案件はありません",
                    "no case changes its verdict, severity or police flag"));
            out.println();
        }
        for (DiffReport.Group group : groups) {
            out.println("■ " + describeChange(group.change()) + ": " + cases(group.cases().size()));
            for (CaseComparison c : group.cases()) {
                StringBuilder line = new StringBuilder("  - " + c.caseId() + "  (" + c.source() + ":" + c.line() + ")");
                c.findingsAdded().forEach(rule -> line.append("  +").append(rule));
                c.findingsRemoved().forEach(rule -> line.append("  -").append(rule));
                out.println(line);
            }
            out.println();
        }
        out.println(labels.of("集計", "Summary") + ":");
        line(labels.of("読み込んだ案件", "cases read"), cases(report.casesRead()));
        line(labels.of("変化あり", "changed"), cases(report.changed()));
        line(labels.of("変化なし", "unchanged"), cases(report.unchanged()) + " ("
                + labels.of("うち所見のみ変化", "findings changed only") + ": " + cases(report.findingsOnly()) + ")");
        line(labels.of("スキップした無効なレコード", "invalid records skipped"), String.valueOf(report.problems().size()));
        if (report.unreadableFiles() > 0) {
            line(labels.of("読み込めなかったファイル", "files that could not be read"),
                    String.valueOf(report.unreadableFiles()));
        }
        out.flush();
    }

    private void line(String label, String value) {
        out.println("  " + label + ": " + value);
    }

    private String cases(long count) {
        return labels.of(count + "件", count + (count == 1 ? " case" : " cases"));
    }

    private static String describe(RuleSet ruleSet) {
        return ruleSet.name() + " " + SummaryPrinter.shortVersion(ruleSet.version());
    }

    /**
     * A stable, language-neutral name, e.g. {@code LEGITIMATE_COMPLAINT → CUSTOMER_HARASSMENT, severity NONE → HIGH}.
     *
     * @param change the change
     * @return the name
     */
    private String describeChange(DecisionChange change) {
        StringBuilder text = new StringBuilder();
        if (change.verdictChanged()) {
            text.append(change.verdictFrom()).append(" → ").append(change.verdictTo());
        }
        if (change.severityChanged()) {
            text.append(text.length() > 0 ? ", " : "").append(labels.of("重大度", "severity")).append(' ')
                    .append(change.severityFrom()).append(" → ").append(change.severityTo());
        }
        if (change.policeChanged()) {
            text.append(text.length() > 0 ? ", " : "").append(labels.of("警察へ通報", "police report")).append(' ')
                    .append(labels.yesNo(change.policeFrom())).append(" → ").append(labels.yesNo(change.policeTo()));
        }
        return text.toString();
    }
}
