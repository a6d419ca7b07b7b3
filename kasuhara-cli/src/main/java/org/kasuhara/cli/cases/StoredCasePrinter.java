// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.StoredCase;

/**
 * Prints stored cases for people: one line per case in lists, and the whole history for {@code cases show}. Prints
 * no personal data of the applicant (only whether a name and contact details were given).
 */
public final class StoredCasePrinter {
    private final PrintWriter out;
    private final Labels labels;
    private final ZoneId zone;

    public StoredCasePrinter(PrintWriter out, Labels labels, ZoneId zone) {
        this.out = out;
        this.labels = labels;
        this.zone = zone;
    }

    public void table(List<StoredCase> cases, LocalDate today) {
        out.println(String.join("  ", labels.of("受付番号", "receipt"), labels.of("案件ID", "case id"),
                labels.of("組織", "organisation"), labels.of("状態", "status"), labels.of("判定", "verdict"),
                labels.of("報告期限", "report due")));
        for (StoredCase stored : cases) {
            out.println(line(stored, today));
        }
        out.println(labels.of(cases.size() + "件", cases.size() + " case(s)"));
        out.flush();
    }

    public String line(StoredCase stored, LocalDate today) {
        String verdict = stored.latestAssessment().map(e -> labels.verdict(e.assessment().verdict()))
                .orElse(labels.of("未判定", "not assessed"));
        String late = today != null && stored.status().awaitsReport() && stored.reportDueBy().isBefore(today)
                ? " " + labels.of("期限超過", "OVERDUE") : "";
        return String.join("  ", stored.receipt(), stored.caseId(),
                stored.organization() == null ? "-" : stored.organization(), status(stored.status()), verdict,
                stored.reportDueBy() + late);
    }

    public void details(StoredCase stored, List<AuditEntry> audit) {
        var received = stored.caseData();
        row(labels.of("受付番号", "Receipt"), stored.receipt());
        row(labels.of("案件ID", "Case id"), received.id());
        row(labels.of("組織 / 拠点", "Organisation / site"), orDash(received.organization()) + " / "
                + orDash(received.site()));
        row(labels.of("受付経路", "Channel"), received.channel().name());
        row(labels.of("受付日時", "Received"), received.receivedAt().toString());
        row(labels.of("報告期限", "Report due"), stored.reportDueBy().toString());
        row(labels.of("状態", "Status"), status(stored.status()));
        var applicant = received.applicant();
        row(labels.of("申出者", "Applicant"), Boolean.TRUE.equals(applicant.anonymous()) ? labels.of("匿名", "anonymous")
                : labels.of("氏名", "name") + " " + given(applicant.name()) + ", " + labels.of("連絡先", "contact")
                + " " + given(applicant.phone() != null ? applicant.phone() : applicant.email()));
        for (AssessmentEntry entry : stored.assessments()) {
            var a = entry.assessment();
            row(labels.of("判定", "Assessment") + " #" + entry.number(), labels.verdict(a.verdict()) + ", "
                    + labels.severity(a.severity()) + (a.policeReport() ? ", " + labels.of("警察へ通報", "report to police")
                    : "") + " (" + a.ruleSet().name() + " " + a.ruleSet().version() + ", "
                    + entry.assessedAt().atZone(zone).toLocalDateTime() + ")");
        }
        if (stored.reportedAt() != null) {
            row(labels.of("報告", "Reported"), stored.reportedAt().atZone(zone).toLocalDateTime() + " "
                    + stored.reportedBy());
        }
        if (stored.closedAt() != null) {
            row(labels.of("終了", "Closed"), stored.closedAt().atZone(zone).toLocalDateTime() + " "
                    + stored.closedBy() + (stored.outcome() == null ? "" : ", " + labels.of(stored.outcome().labelJa(),
                    stored.outcome().labelEn())));
        }
        if (stored.purged()) {
            row(labels.of("個人情報", "Personal data"), labels.of("削除済み", "purged") + " "
                    + stored.purgedAt().atZone(zone).toLocalDate());
        }
        out.println(labels.of("履歴", "History") + ":");
        for (AuditEntry entry : audit) {
            out.println("  " + entry.at().atZone(zone).toLocalDateTime() + "  " + entry.action() + "  "
                    + entry.actor() + (entry.detail().isEmpty() ? "" : "  " + entry.detail()));
        }
        out.flush();
    }

    private String status(CaseStatus status) {
        return labels.of(status.labelJa(), status.labelEn());
    }

    private String given(String value) {
        return value == null ? labels.of("なし", "none") : labels.of("あり", "given");
    }

    private void row(String label, String value) {
        out.println(label + ": " + value);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
