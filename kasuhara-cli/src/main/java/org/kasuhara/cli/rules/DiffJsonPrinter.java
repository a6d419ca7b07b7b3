// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.testkit.diff.CaseComparison;
import org.kasuhara.testkit.diff.DecisionChange;
import org.kasuhara.testkit.diff.DiffReport;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.testkit.diff.CaseComparison.Decision;
import org.kasuhara.json.InputProblem;
import org.kasuhara.json.KasuharaJson;

/**
 * Writes a {@link DiffReport} as one JSON document: both rule sets, the totals, the changes (largest group first,
 * each with its count and its cases in input order) and the invalid records. Streamed, so a large report is never
 * held twice.
 */
public final class DiffJsonPrinter {
    private final PrintWriter out;

    public DiffJsonPrinter(PrintWriter out) {
        this.out = out;
    }

    public void print(RuleSet before, String beforeDir, RuleSet after, String afterDir, DiffReport report) {
        try (JsonGenerator json = KasuharaJson.mapper().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // standard output is not ours to close
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            ruleSet(json, "old", before, beforeDir);
            ruleSet(json, "new", after, afterDir);
            json.writeObjectFieldStart("summary");
            json.writeNumberField("casesRead", report.casesRead());
            json.writeNumberField("changed", report.changed());
            json.writeNumberField("unchanged", report.unchanged());
            json.writeNumberField("findingsChangedOnly", report.findingsOnly());
            json.writeNumberField("invalidRecords", report.problems().size());
            json.writeNumberField("unreadableFiles", report.unreadableFiles());
            json.writeEndObject();
            json.writeArrayFieldStart("changes");
            for (DiffReport.Group group : report.groups()) {
                change(json, group);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("invalidRecords");
            for (InputProblem p : report.problems()) {
                json.writeStartObject();
                json.writeStringField("source", p.source());
                json.writeNumberField("line", p.line());
                json.writeStringField("path", p.path());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void ruleSet(JsonGenerator json, String field, RuleSet ruleSet, String dir) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("rules", dir);
        json.writeStringField("name", ruleSet.name());
        json.writeStringField("version", ruleSet.version());
        json.writeEndObject();
    }

    private static void change(JsonGenerator json, DiffReport.Group group) throws IOException {
        DecisionChange change = group.change();
        json.writeStartObject();
        if (change.verdictChanged()) {
            transition(json, "verdict", change.verdictFrom().name(), change.verdictTo().name());
        }
        if (change.severityChanged()) {
            transition(json, "severity", change.severityFrom().name(), change.severityTo().name());
        }
        if (change.policeChanged()) {
            json.writeObjectFieldStart("policeReport");
            json.writeBooleanField("from", change.policeFrom());
            json.writeBooleanField("to", change.policeTo());
            json.writeEndObject();
        }
        json.writeNumberField("count", group.cases().size());
        json.writeArrayFieldStart("cases");
        for (CaseComparison c : group.cases()) {
            json.writeStartObject();
            json.writeStringField("caseId", c.caseId());
            json.writeStringField("source", c.source());
            json.writeNumberField("line", c.line());
            decision(json, "old", c.before());
            decision(json, "new", c.after());
            strings(json, "findingsAdded", c.findingsAdded());
            strings(json, "findingsRemoved", c.findingsRemoved());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void transition(JsonGenerator json, String field, String from, String to) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("from", from);
        json.writeStringField("to", to);
        json.writeEndObject();
    }

    private static void decision(JsonGenerator json, String field, Decision d) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("verdict", d.verdict().name());
        json.writeStringField("severity", d.severity().name());
        json.writeBooleanField("policeReport", d.policeReport());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
