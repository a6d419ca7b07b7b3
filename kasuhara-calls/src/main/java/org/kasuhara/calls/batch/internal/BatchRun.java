// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.calls.batch.AnalysisSummary;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.CallRecordAnalysis;

/** One batch analysis: a streaming pass, or, when the input is out of time order, an external sort then a pass. */
public final class BatchRun {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path input;
    private final CallRecordAnalysis.Options options;
    private final Path out;
    private final CallRecordAnalysis.Progress progress;
    private long malformed;
    private final List<AnalysisSummary.MalformedRecord> samples = new ArrayList<>();

    /**
     * @param input    the records
     * @param options  how
     * @param out      the output folder
     * @param progress receives progress
     */
    public BatchRun(Path input, CallRecordAnalysis.Options options, Path out, CallRecordAnalysis.Progress progress) {
        this.input = input;
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    /** @return the summary @throws IOException when a file cannot be read or written */
    public AnalysisSummary run() throws IOException {
        AnalysisSummary summary = analyse();
        FindingsCsv.write(out.resolve("findings.jsonl"), out.resolve("findings.csv"));
        return summary;
    }

    private AnalysisSummary analyse() throws IOException {
        Files.createDirectories(out);
        Pseudonyms names = new Pseudonyms(options.key(), options.revealCallers());
        try (RecordSource source = open()) {
            return pass(source, names, false);
        } catch (WindowAggregator.OutOfOrder unsorted) {
            malformed = 0;
            samples.clear();
            try (RecordSource source = open();
                 ExternalSort sorted = new ExternalSort(source, options.sortRunRecords(), out)) {
                return pass(sorted, names, true);
            }
        }
    }

    private RecordSource open() throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
        RecordSource.Malformed sink = (line, problem) -> {
            malformed++;
            if (samples.size() < options.samples()) {
                samples.add(new AnalysisSummary.MalformedRecord(line, problem));
            }
        };
        try {
            return new PrefetchingSource(switch (options.format()) {
                case CSV -> new CsvRecordReader(in, options.mapping(), sink);
                case JSON_LINES -> new JsonLinesRecordReader(in, options.mapping(), sink);
                case JSON -> new JsonRecordReader(in, options.mapping(), sink);
            });
        } catch (IllegalArgumentException | IOException e) {
            in.close();
            throw e;
        }
    }

    private AnalysisSummary pass(RecordSource source, Pseudonyms names, boolean sorted) throws IOException {
        try (JsonGenerator findings = generator("findings.jsonl");
             JsonGenerator matters = generator("matters.jsonl");
             JsonGenerator confinement = generator("confinement.jsonl")) {
            WindowAggregator windows = new WindowAggregator(options.policies(), names, findings, matters, confinement);
            CallRecord r;
            long count = 0;
            while ((r = source.next()) != null) {
                windows.accept(r);
                if ((++count & 0xffff) == 0) {
                    progress.update(count, source.bytesRead());
                }
            }
            windows.finish();
            progress.update(count, source.bytesRead());
            AnalysisSummary summary = new AnalysisSummary(windows.records, malformed, samples, sorted,
                    windows.confinementCalls, windows.repeatMatters, windows.offHoursPatterns,
                    windows.callersWithFindings, windows.peakActive, windows.lengths(), windows.top(),
                    names.pseudonymised());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.resolve("summary.json").toFile(), summary);
            Files.writeString(out.resolve("report.html"), HtmlReport.render(summary, input.getFileName().toString()));
            return summary;
        }
    }

    private JsonGenerator generator(String name) throws IOException {
        JsonGenerator json = JSON.createGenerator(new BufferedOutputStream(Files.newOutputStream(out.resolve(name)),
                1 << 16), JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        return json;
    }
}
