// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.kasuhara.calls.batch.internal.BatchRun;
import org.kasuhara.policy.Policies;

/**
 * Analyses a file of call-detail records against a rule set's policy (confinement, repeat and off-hours lines,
 * per organisation) and writes, into an output folder: {@code findings.jsonl} (per caller),
 * {@code findings.csv} (the same findings, one row per finding, UTF-8 with a byte order mark for spreadsheets:
 * columns {@code caller, organization, calls, rule, finding}), {@code matters.jsonl} (per-matter repeat counts),
 * {@code confinement.jsonl} (long calls), {@code summary.json} and {@code report.html} (with charts).
 *
 * <p>Streams: memory holds only callers active within the repeat window. Exact repeat counting needs time order:
 * a file in time order is analysed in one pass; otherwise the analysis notices the first record out of order,
 * sorts the file on disk (runs of a fixed size, then a merge) and analyses the sorted stream, so the result is the
 * same either way.
 */
public final class CallRecordAnalysis {
    /** The input's format. */
    public enum Format {
        /** comma-separated values with a header line */
        CSV,
        /** one JSON object a line */
        JSON_LINES,
        /** a JSON array of objects, or objects one after another (pretty-printed or concatenated) */
        JSON
    }

    /** Reports progress every few thousand records. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param records records read so far (in the current pass)
         * @param bytes   bytes read so far (in the current pass)
         */
        void update(long records, long bytes);
    }

    /**
     * The options of a run.
     *
     * @param policies      the thresholds, per organisation
     * @param mapping       the column mapping
     * @param format        CSV, JSON Lines or JSON
     * @param revealCallers write callers as given instead of pseudonyms
     * @param key           the pseudonymisation key (16 bytes or more); a random one per run when {@code null}
     * @param samples       how many malformed records to list by line
     * @param sortRunRecords records per sorted run when the input must be sorted on disk
     */
    public record Options(Policies policies, RecordMapping mapping, Format format, boolean revealCallers, byte[] key,
                          int samples, int sortRunRecords) {
        /** Checks the options. */
        public Options {
            Objects.requireNonNull(policies, "policies");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(format, "format");
            if (key != null && key.length < 16) {
                throw new IllegalArgumentException("key: must be at least 16 bytes, was " + key.length);
            }
            if (samples < 0 || sortRunRecords < 1000) {
                throw new IllegalArgumentException("samples >= 0 and sortRunRecords >= 1000 expected");
            }
        }

        /**
         * @param policies the thresholds
         * @param mapping  the mapping
         * @param format   the format
         * @return options with pseudonymised callers, a random key, 20 samples, runs of 500,000 records
         */
        public static Options of(Policies policies, RecordMapping mapping, Format format) {
            return new Options(policies, mapping, format, false, null, 20, 500_000);
        }
    }

    private CallRecordAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param input    the records
     * @param options  how
     * @param out      the output folder (created)
     * @param progress receives progress, or {@code null}
     * @return the summary
     * @throws IllegalArgumentException when the mapping does not fit the file (a missing column)
     * @throws UncheckedIOException     when a file cannot be read or written
     */
    public static AnalysisSummary run(Path input, Options options, Path out, Progress progress) {
        try {
            return new BatchRun(input, options, out, progress == null ? (r, b) -> { } : progress).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
