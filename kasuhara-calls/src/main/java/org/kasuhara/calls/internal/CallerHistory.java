// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.util.Arrays;

/**
 * One caller's calls within the repeat window, packed two longs a call (start second and off-hours flag; matter
 * and call-id hashes) so that a million callers fit in a few hundred megabytes. Not thread-safe.
 */
final class CallerHistory {
    private long[] calls = new long[4];
    private int size;
    int windowDays;

    void add(long startSecond, boolean offHours, int matterHash, int callHash) {
        if (2 * size + 2 > calls.length) {
            calls = Arrays.copyOf(calls, calls.length * 2);
        }
        calls[2 * size] = startSecond << 1 | (offHours ? 1 : 0);
        calls[2 * size + 1] = (long) matterHash << 32 | (callHash & 0xffffffffL);
        size++;
    }

    boolean hasCall(int callHash) {
        for (int i = 0; i < size; i++) {
            if ((int) calls[2 * i + 1] == callHash) {
                return true;
            }
        }
        return false;
    }

    /** Calls on the matter that started in [from, to]. */
    int countMatter(int matterHash, long from, long to) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            long start = calls[2 * i] >> 1;
            if (start >= from && start <= to && (int) (calls[2 * i + 1] >>> 32) == matterHash) {
                n++;
            }
        }
        return n;
    }

    /** Off-hours calls that started in [from, to]. */
    int countOffHours(long from, long to) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            long start = calls[2 * i] >> 1;
            if (start >= from && start <= to && (calls[2 * i] & 1) == 1) {
                n++;
            }
        }
        return n;
    }

    /** Drops calls that started before the cutoff; @return whether none is left */
    boolean pruneBefore(long cutoffSecond) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (calls[2 * i] >> 1 >= cutoffSecond) {
                calls[2 * kept] = calls[2 * i];
                calls[2 * kept + 1] = calls[2 * i + 1];
                kept++;
            }
        }
        size = kept;
        if (size <= 2 && calls.length > 4) {
            calls = Arrays.copyOf(calls, 4);
        }
        return size == 0;
    }

    /** @return the earliest start second held, or {@code Long.MAX_VALUE} when none */
    long earliestStart() {
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            earliest = Math.min(earliest, calls[2 * i] >> 1);
        }
        return earliest;
    }

    int size() {
        return size;
    }

    long rawStart(int i) {
        return calls[2 * i];
    }

    long rawIds(int i) {
        return calls[2 * i + 1];
    }

    void addRaw(long start, long ids) {
        if (2 * size + 2 > calls.length) {
            calls = Arrays.copyOf(calls, calls.length * 2);
        }
        calls[2 * size] = start;
        calls[2 * size + 1] = ids;
        size++;
    }
}
