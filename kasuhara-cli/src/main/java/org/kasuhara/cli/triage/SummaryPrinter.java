// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.triage;

import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import org.kasuhara.model.Action;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Basis;
import org.kasuhara.model.Finding;

/**
 * Writes a human-readable summary of each assessment. It prints only what the assessment holds, which carries
 * no personal data: never the applicant's name, phone or e-mail, nor staff names.
 */
public final class SummaryPrinter {
    /** "sha256:" and this many hex digits identify a rule-set version for a reader. */
    private static final int SHORT_VERSION = "sha256:".length() + 12;
    private final PrintWriter out;
    private final Labels labels;

    public SummaryPrinter(PrintWriter out, Labels labels) {
        this.out = out;
        this.labels = labels;
    }

    /** Writes one assessment. */
    public void print(Assessment a) {
        out.println("■ " + a.caseId() + "  " + labels.verdict(a.verdict()));
        if (a.basis() != null) {
            basis(a.basis());
        }
        line(labels.of("重大度", "Severity"), labels.severity(a.severity()));
        line(labels.of("警察へ通報", "Report to police"), labels.yesNo(a.policeReport()));
        line(labels.of("受理", "Accepted"), a.accepted() ? labels.yesNo(true)
                : labels.of("いいえ（証拠として保管）", "no (kept as evidence)"));
        if (a.findings().isEmpty()) {
            line(labels.of("所見", "Findings"), labels.of("なし", "none"));
        } else {
            out.println("  " + labels.of("所見", "Findings") + ":");
            a.findings().forEach(this::finding);
        }
        out.println("  " + labels.of("推奨対応", "Actions") + ":");
        a.actions().forEach(this::action);
        line(labels.of("報告期限", "Report due"), a.reportDueBy().toString());
        line(labels.of("ルールセット", "Rule set"), a.ruleSet().name() + " " + shortVersion(a.ruleSet().version()));
        out.println();
        out.flush();
    }

    /** The verdict table's row that decided, and the two axes it read. */
    private void basis(Basis b) {
        line(labels.of("判定の根拠", "Decided by"), b.rule() + "  " + labels.of(b.textJa(), b.text()));
        line(labels.of("態様・要求の妥当性", "Manner, demand"), labels.of(
                "態様" + b.manner().labelJa() + "・要求" + b.demand().labelJa() + (b.timeOrCount() ? "・時間・回数の基準に到達" : ""),
                b.manner().labelEn() + " manner, demand " + b.demand().labelEn()
                        + (b.timeOrCount() ? ", time or count line reached" : "")));
    }

    private void finding(Finding f) {
        out.println("    - " + f.rule() + "  " + labels.behaviour(f.behaviour()) + "  [" + labels.severity(f.severity())
                + "]");
        out.println("      " + labels.of("根拠", "Evidence") + ": " + f.evidence());
        out.println("      " + labels.of("出典", "Source") + ": " + f.source());
    }

    private void action(Action action) {
        String mark = action.humanConfirmation() ? "[" + labels.of("要確認", "needs confirmation") + "] " : "";
        String text = labels.actionText(action.type());
        out.println("    - " + mark + action.type() + ": " + (text == null ? action.text() : text));
    }

    private void line(String label, String value) {
        out.println("  " + label + ": " + value);
    }

    public static String shortVersion(String version) {
        return version.length() > SHORT_VERSION ? version.substring(0, SHORT_VERSION) : version;
    }
}
