// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

/**
 * The callers held for one organisation: an open-addressing table keyed by a 128-bit hash of the caller's number,
 * so finding a caller reads two adjacent longs and one reference instead of a map entry, a string and its bytes.
 * Two callers whose numbers hash alike on all 128 bits would be counted as one; for the few million distinct
 * numbers of a large file, with hashes that behave as random, the chance is below 10<sup>-20</sup>.
 */
final class CallerTable {
    private long[] keys = new long[2 * 1024];
    private CallerWindow[] windows = new CallerWindow[1024];
    private int size;

    /** @return the caller's window, or {@code null} */
    CallerWindow get(long h1, long h2) {
        int mask = windows.length - 1;
        for (int i = slot(h1, mask); ; i = (i + 1) & mask) {
            CallerWindow w = windows[i];
            if (w == null) {
                return null;
            }
            if (keys[2 * i] == h1 && keys[2 * i + 1] == h2) {
                return w;
            }
        }
    }

    void put(long h1, long h2, CallerWindow window) {
        if (2 * (size + 1) > windows.length) {
            grow();
        }
        int mask = windows.length - 1;
        int i = slot(h1, mask);
        while (windows[i] != null) {
            i = (i + 1) & mask;
        }
        keys[2 * i] = h1;
        keys[2 * i + 1] = h2;
        windows[i] = window;
        size++;
    }

    /** Removes a caller, shifting later entries of its probe run back so that no lookup stops early. */
    void remove(long h1, long h2) {
        int mask = windows.length - 1;
        int i = slot(h1, mask);
        while (windows[i] != null && (keys[2 * i] != h1 || keys[2 * i + 1] != h2)) {
            i = (i + 1) & mask;
        }
        if (windows[i] == null) {
            return;
        }
        size--;
        int gap = i;
        for (int j = (i + 1) & mask; windows[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[2 * j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {   // its home is at or before the gap
                keys[2 * gap] = keys[2 * j];
                keys[2 * gap + 1] = keys[2 * j + 1];
                windows[gap] = windows[j];
                gap = j;
            }
        }
        windows[gap] = null;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        CallerWindow[] oldWindows = windows;
        keys = new long[oldKeys.length * 2];
        windows = new CallerWindow[oldWindows.length * 2];
        size = 0;
        for (int i = 0; i < oldWindows.length; i++) {
            if (oldWindows[i] != null) {
                put(oldKeys[2 * i], oldKeys[2 * i + 1], oldWindows[i]);
            }
        }
    }

    private static int slot(long h1, int mask) {
        return (int) (h1 ^ (h1 >>> 32)) & mask;
    }

    /** The first half of a text's 128-bit hash (FNV-1a over its characters, finished by a 64-bit mixer). */
    static long hash1(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The second half: a polynomial hash with another multiplier and seed, finished by the same mixer. */
    static long hash2(CharSequence s) {
        long h = 0x9E3779B97F4A7C15L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = h * 0xBF58476D1CE4E5B9L + s.charAt(i);
        }
        return mix(h ^ 0x94D049BB133111EBL);
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
