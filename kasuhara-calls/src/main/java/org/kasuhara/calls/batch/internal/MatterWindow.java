// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

/** One matter of one caller: its recent call starts (the ring), and the most within one window. */
class MatterWindow extends LongRing {
    /** A 64-bit hash of the matter's text, 0 for none. */
    final long key;
    /** The matter's text, kept once it reaches the repeat line ({@code null} also for "no matter"). */
    String matter;
    int most;
    long lineReached;

    MatterWindow(long key) {
        this.key = key;
    }

    /** @return the matter's key: a 64-bit hash of its text, 0 for none */
    static long keyOf(String matter) {
        return matter == null ? 0 : CallerTable.hash1(matter) | 1;
    }
}
