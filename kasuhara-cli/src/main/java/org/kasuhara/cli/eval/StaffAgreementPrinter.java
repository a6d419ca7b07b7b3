// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Verdict;

/** Prints {@link StaffAgreement} for {@code kasuhara eval cases --data DIR}. */
final class StaffAgreementPrinter {
    private StaffAgreementPrinter() {
    }

    static int print(TriageEngine engine, Path data, PrintWriter out, PrintWriter err, Labels labels) {
        if (!Files.isDirectory(data)) {
            err.println("kasuhara eval cases: " + labels.of("案件データベースのフォルダがありません",
                    "no case database folder") + ": " + data);
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        StaffAgreement.Report report;
        try (JdbcCaseStore store = JdbcCaseStore.h2(data)) {
            report = StaffAgreement.run(engine, store);
        } catch (CaseStoreException e) {
            err.println("kasuhara eval cases: " + labels.of("案件データベースを使えません", "the case database is unavailable")
                    + " (" + data + "): " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        out.printf(Locale.ROOT, "staff-reviewed cases: %d%n", report.reviewed());
        out.printf(Locale.ROOT, "verdict agrees with staff: %d (%.1f %%)%n", report.agreed(),
                100.0 * report.agreed() / Math.max(1, report.reviewed()));
        out.printf(Locale.ROOT, "harassment <-> legitimate swaps: %d%n", report.swaps().size());
        out.println();
        out.println("staff verdict              reviewed   agreed");
        for (Verdict v : Verdict.values()) {
            int[] s = report.byStaff().getOrDefault(v, new int[2]);
            out.printf(Locale.ROOT, "%-25s %9d %8d%n", v, s[0], s[1]);
        }
        out.println();
        out.println("rule                        fired   agreed  agreement");
        for (Map.Entry<String, StaffAgreement.RuleScore> e : report.byRule().entrySet()) {
            StaffAgreement.RuleScore s = e.getValue();
            out.printf(Locale.ROOT, "%-25s %8d %8d %9.3f%n", e.getKey(), s.fired(), s.agreed(),
                    (double) s.agreed() / s.fired());
        }
        if (!report.swaps().isEmpty()) {
            out.println();
            report.swaps().forEach(swap -> out.println("swap " + swap));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
