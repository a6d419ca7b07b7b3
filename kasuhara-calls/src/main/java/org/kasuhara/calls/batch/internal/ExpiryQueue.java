// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

/**
 * Callers in the order they may leave their window: a growable ring of (caller, time) pairs. Each held caller has
 * exactly one entry; an entry that comes due while its caller called again is put back at the tail with the
 * caller's last time, so the ring never holds more entries than callers, and nothing is relinked on every record
 * (a linked map in access order touched three cold entries per record).
 */
final class ExpiryQueue {
    private CallerWindow[] callers = new CallerWindow[1024];
    private long[] times = new long[1024];
    private int head;
    private int size;

    void add(CallerWindow caller, long time) {
        if (size == callers.length) {
            grow();
        }
        int i = (head + size) & (callers.length - 1);
        callers[i] = caller;
        times[i] = time;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    CallerWindow peek() {
        return callers[head];
    }

    long peekTime() {
        return times[head];
    }

    CallerWindow poll() {
        CallerWindow caller = callers[head];
        callers[head] = null;
        head = (head + 1) & (callers.length - 1);
        size--;
        return caller;
    }

    private void grow() {
        int n = callers.length;
        CallerWindow[] c = new CallerWindow[n * 2];
        long[] t = new long[n * 2];
        for (int k = 0; k < size; k++) {
            c[k] = callers[(head + k) & (n - 1)];
            t[k] = times[(head + k) & (n - 1)];
        }
        callers = c;
        times = t;
        head = 0;
    }
}
