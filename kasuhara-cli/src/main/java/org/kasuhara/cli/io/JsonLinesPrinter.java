package org.kasuhara.cli.io;

import org.kasuhara.cli.triage.AssessmentPrinter;
import java.io.PrintWriter;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;

/** Writes each assessment as one line of Assessment v1 JSON (JSON Lines), and nothing else. */
public final class JsonLinesPrinter implements AssessmentPrinter {
    private final PrintWriter out;

    public JsonLinesPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(Assessment assessment) {
        out.println(KasuharaJson.toJson(assessment));
        out.flush();
    }
}
