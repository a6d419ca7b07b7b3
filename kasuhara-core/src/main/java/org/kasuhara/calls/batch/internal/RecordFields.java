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

    CallRecord record(long line, String caller, String matter, String org, String start, String end,
                      String duration) {
        if (caller == null || caller.isBlank()) {
            throw new IllegalArgumentException("caller: empty");
        }
        if (start == null || start.isBlank()) {
            throw new IllegalArgumentException("start: empty");
        }
        long startSecond = times.parse(start.strip());
        int seconds;
        if (duration != null) {
            seconds = DurationParser.seconds(duration.strip(), durationUnit);
        } else {
            if (end == null || end.isBlank()) {
                throw new IllegalArgumentException("end: empty");
            }
            long endSecond = times.parse(end.strip());
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
