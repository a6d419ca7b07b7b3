// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;

/** Turns the mapped fields of one record into a {@link CallRecord}, or says what is wrong with them. */
final class RecordFields {
    private final TimeParser times;
    private final String durationUnit;
    private final boolean startMapped;
    private final boolean durationMapped;

    RecordFields(RecordMapping mapping) {
        this.times = new TimeParser(mapping.dateFormat(), mapping.zone());
        this.durationUnit = mapping.durationUnit();
        this.startMapped = mapping.start() != null;
        this.durationMapped = mapping.duration() != null;
    }

    /** Times and durations may be strings or {@link AsciiView}s. */
    CallRecord record(long line, String caller, String matter, String org, CharSequence start, CharSequence end,
                      CharSequence duration) {
        if (caller == null || caller.isBlank()) {
            throw new IllegalArgumentException("caller: empty");
        }
        if (!startMapped) {
            return endMinusDuration(line, caller, matter, org, end, duration);
        }
        CharSequence startText = text(start);
        if (startText == null || startText.length() == 0) {
            throw new IllegalArgumentException("start: empty");
        }
        long startSecond = times.parse(startText);
        int seconds;
        if (durationMapped) {
            CharSequence durationText = text(duration);
            if (durationText == null || durationText.length() == 0) {
                throw new IllegalArgumentException("duration: empty");
            }
            seconds = DurationParser.seconds(durationText, durationUnit);
        } else {
            CharSequence endText = text(end);
            if (endText == null || endText.length() == 0) {
                throw new IllegalArgumentException("end: empty");
            }
            long endSecond = times.parse(endText);
            if (endSecond < startSecond) {
                throw new IllegalArgumentException("end: before start");
            }
            if (endSecond - startSecond > 7 * 86_400L) {
                throw new IllegalArgumentException("end: more than a week after start");
            }
            seconds = (int) (endSecond - startSecond);
        }
        return new CallRecord(line, caller, blankToNull(matter), blankToNull(org), startSecond, seconds);
    }

    /** Events sent when a call ends (a status callback) carry its end and duration only. */
    private CallRecord endMinusDuration(long line, String caller, String matter, String org, CharSequence end,
                                        CharSequence duration) {
        CharSequence endText = text(end);
        if (endText == null || endText.length() == 0) {
            throw new IllegalArgumentException("end: empty");
        }
        CharSequence durationText = text(duration);
        if (durationText == null || durationText.length() == 0) {
            throw new IllegalArgumentException("duration: empty");
        }
        int seconds = DurationParser.seconds(durationText, durationUnit);
        return new CallRecord(line, caller, blankToNull(matter), blankToNull(org), times.parse(endText) - seconds,
                seconds);
    }

    private static CharSequence text(CharSequence value) {
        if (value instanceof AsciiView view) {
            return view.text();
        }
        return value == null ? null : value.toString().strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
