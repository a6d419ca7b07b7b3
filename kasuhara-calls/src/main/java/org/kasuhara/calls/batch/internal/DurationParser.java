// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

/** Parses durations in seconds, minutes or {@code H:MM:SS}. */
final class DurationParser {
    private DurationParser() {
    }

    static int seconds(CharSequence s, String unit) {
        if (unit.equals("hms")) {
            String text = s.toString();
            String[] parts = text.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("duration \"" + s + "\" is not H:MM:SS");
            }
            long total = integer(parts[0], "duration") * 3600 + integer(parts[1], "duration") * 60
                    + integer(parts[2], "duration");
            return (int) Math.min(Integer.MAX_VALUE, total);
        }
        long value = integer(s, "duration");
        long seconds = unit.equals("minutes") ? value * 60 : value;
        if (seconds > 7 * 86_400L) {
            throw new IllegalArgumentException("duration \"" + s + "\" is longer than a week");
        }
        return (int) seconds;
    }

    static long integer(CharSequence s, String what) {
        int n = s.length();
        if (n == 0 || n > 18) {
            throw new IllegalArgumentException(what + " \"" + s + "\" is not a whole number");
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(what + " \"" + s + "\" is not a whole non-negative number");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
