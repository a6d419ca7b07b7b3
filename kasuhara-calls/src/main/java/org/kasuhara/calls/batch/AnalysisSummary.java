// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import java.util.List;

/**
 * What a batch analysis found, in numbers (also written as {@code summary.json}).
 *
 * @param records              records read and analysed
 * @param malformed            records skipped as malformed (never fatal)
 * @param malformedSamples     the first malformed records: line and problem
 * @param externallySorted     whether the input was not in time order and was sorted on disk first
 * @param confinementCalls     calls at or over the confinement line
 * @param repeatMatters        caller–matter pairs that reached the repeat line within the window
 * @param offHoursPatterns     callers whose off-hours calls reached the repeat line within the window
 * @param callersWithFindings  callers with at least one finding
 * @param peakActiveCallers    the most callers held at once (callers active within the window): the memory bound
 * @param lengths              the distribution of call lengths
 * @param topRepeatCallers     the callers with the most calls on one matter within a window, most first
 * @param callersPseudonymised whether callers appear as keyed pseudonyms (HMAC-SHA256) rather than as given
 */
public record AnalysisSummary(long records, long malformed, List<MalformedRecord> malformedSamples,
                              boolean externallySorted, long confinementCalls, long repeatMatters,
                              long offHoursPatterns, long callersWithFindings, long peakActiveCallers,
                              List<LengthBucket> lengths, List<RepeatCaller> topRepeatCallers,
                              boolean callersPseudonymised) {
    /** Copies the lists. */
    public AnalysisSummary {
        malformedSamples = List.copyOf(malformedSamples);
        lengths = List.copyOf(lengths);
        topRepeatCallers = List.copyOf(topRepeatCallers);
    }

    /**
     * A malformed record.
     *
     * @param line    its line
     * @param problem what is wrong (never the record's content)
     */
    public record MalformedRecord(long line, String problem) {
    }

    /**
     * Calls whose length falls in [fromMinutes, toMinutes).
     *
     * @param label       e.g. {@code 30–45 min}
     * @param fromMinutes inclusive
     * @param toMinutes   exclusive, or -1 for no upper bound
     * @param calls       how many
     */
    public record LengthBucket(String label, int fromMinutes, int toMinutes, long calls) {
    }

    /**
     * A caller who reached the repeat line.
     *
     * @param caller       pseudonym (or the caller as given, with {@code --reveal-callers})
     * @param matter       the matter
     * @param callsInWindow the most calls on the matter within one window
     * @param firstLine    the line of the call that reached the line
     */
    public record RepeatCaller(String caller, String matter, int callsInWindow, long firstLine) {
    }
}
