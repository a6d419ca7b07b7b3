// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.mail;

import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import org.kasuhara.mail.MailIntakeResult;

/** One line per message taken in: receipt, case id, disposition, reply, deadline. No personal data. */
public final class MailResultPrinter {
    private MailResultPrinter() {
    }

    public static void print(MailIntakeResult r, PrintWriter out, Labels labels) {
        String disposition = r.resubmission()
                ? labels.of("受付済み（再送・変更なし）", "already received (nothing changed)")
                : r.disposition() == MailIntakeResult.Disposition.ACCEPTED ? labels.of("受付", "accepted")
                : labels.of("受付不可・警察へ通報", "not accepted, report to police");
        StringBuilder line = new StringBuilder(String.join("  ", r.receipt(), r.caseId(), disposition,
                labels.of("報告期限", "report due") + " " + r.reportDueBy()));
        if (r.acknowledgement().status() != MailIntakeResult.Acknowledgement.Status.DISABLED) {
            line.append("  ").append(labels.of("返信", "reply")).append(' ').append(r.acknowledgement());
        }
        if (!r.problems().isEmpty()) {
            line.append("  ").append(labels.of("要確認", "check")).append(' ').append(r.problems());
        }
        out.println(line);
        out.flush();
    }
}
