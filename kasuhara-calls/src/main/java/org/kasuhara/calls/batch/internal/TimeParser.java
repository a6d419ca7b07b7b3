// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses record times into epoch seconds. ISO times ({@code 2026-11-20T14:03:00+09:00}, {@code 2026-11-20 14:03:00},
 * {@code Z}, {@code +0900}) are read digit by digit, without allocating: java.time's parser costs about a microsecond a call,
 * which alone would cap a batch near a million records a second. Other patterns go through java.time.
 */
final class TimeParser {
    private final String format;
    private final ZoneId zone;
    private final ZoneOffsets offsets;
    private final DateTimeFormatter pattern;

    TimeParser(String format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
        this.offsets = new ZoneOffsets(zone);
        this.pattern = format.equals("iso") || format.equals("epoch") || format.equals("rfc1123") ? null
                : DateTimeFormatter.ofPattern(format);
    }

    /** @return epoch seconds @throws IllegalArgumentException describing what is wrong */
    long parse(CharSequence s) {
        if (format.equals("epoch")) {
            return DurationParser.integer(s, "time");
        }
        if (format.equals("rfc1123")) {
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("time \"" + s + "\" is not RFC 1123 (Mon, 2 Nov 2026 10:00:00 +0000)");
            }
        }
        if (pattern != null) {
            try {
                return LocalDateTime.parse(s, pattern).atZone(zone).toEpochSecond();
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(s, pattern).toEpochSecond();
                } catch (DateTimeParseException again) {
                    throw new IllegalArgumentException("time \"" + s + "\" does not match " + format);
                }
            }
        }
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            throw new IllegalArgumentException("time \"" + s + "\" is not ISO-8601 (2026-11-20T14:03:00+09:00)");
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("time \"" + s + "\" is out of range");
        }
        int i = 19;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        long local = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        if (i == n) {
            return local - offsets.atLocal(local, year, month, day, hour, minute, second);
        }
        char sign = s.charAt(i);
        if (sign == 'Z' && i == n - 1) {
            return local;
        }
        if ((sign == '+' || sign == '-') && (n - i == 6 && s.charAt(i + 3) == ':' || n - i == 5)) {
            // +09:00, or +0900 as Salesforce's REST API writes it
            int offset = digits(s, i + 1, 2) * 3600 + digits(s, n - 2, 2) * 60;
            return local - (sign == '+' ? offset : -offset);
        }
        throw new IllegalArgumentException("time \"" + s + "\" has an unreadable offset");
    }

    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("time \"" + s + "\" has a non-digit at " + (i + 1));
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
