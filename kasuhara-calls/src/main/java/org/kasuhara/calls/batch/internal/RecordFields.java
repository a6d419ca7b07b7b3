package org.kasuhara.calls.batch.internal;

import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;

/** Turns the mapped fields of one record into a {@link CallRecord}, or says what is wrong with them. */
final class RecordFields {
    private final TimeParser times;
    private final String durationUnit;

    RecordFields(RecordMapping mapping) {
        this.times = new TimeParser(mapping.dateFormat(), mapping.zone());
        this.durationUnit = mapping.durationUnit();
    }

    /** Times and durations may be strings or {@link AsciiView}s. */
    CallRecord record(long line, String caller, String matter, String org, CharSequence start, CharSequence end,
                      CharSequence duration) {
        if (caller == null || caller.isBlank()) {
            throw new IllegalArgumentException("caller: empty");
        }
        CharSequence startText = text(start);
        if (startText == null || startText.length() == 0) {
            throw new IllegalArgumentException("start: empty");
        }
        long startSecond = times.parse(startText);
        int seconds;
        if (duration != null) {
            seconds = DurationParser.seconds(text(duration), durationUnit);
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
