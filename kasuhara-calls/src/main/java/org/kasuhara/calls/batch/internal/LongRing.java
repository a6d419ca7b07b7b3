// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.util.Arrays;

/**
 * A growable ring of ascending longs (call start seconds): add at the tail, drop old ones from the head. Its length
 * is a power of two.
 */
class LongRing {
    private long[] values = new long[2];   // most callers call once or twice a window
    private int head;
    private int size;

    void add(long value) {
        if (size == values.length) {
            long[] grown = new long[values.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = values[(head + i) & (values.length - 1)];
            }
            values = grown;
            head = 0;
        }
        values[(head + size) & (values.length - 1)] = value;
        size++;
    }

    /** Drops values below the cutoff. */
    void dropBefore(long cutoff) {
        while (size > 0 && values[head] < cutoff) {
            head = (head + 1) & (values.length - 1);
            size--;
        }
        if (size == 0 && values.length > 8) {
            values = new long[2];
            head = 0;
        }
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
