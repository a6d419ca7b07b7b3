package org.kasuhara.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;

/** Writes each assessment as one line of Assessment v1 JSON (JSON Lines), and nothing else. */
final class JsonLinesPrinter implements AssessmentPrinter {
    private final ObjectWriter writer = KasuharaJson.mapper().writer();
    private final PrintWriter out;

    JsonLinesPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(Assessment assessment) {
        try {
            out.println(writer.writeValueAsString(assessment));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the assessment of " + assessment.caseId(), e);
        }
    }
}
