package org.kasuhara.calls.batch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One caller's calls within the repeat window, and what they crossed so far. Kept small, since a large file holds
 * hundreds of thousands at once: the caller is known by the hash its table keys it by, and their number is kept
 * only once they have a finding to report; matters likewise by a 64-bit hash of their text, their text kept once
 * they reach the repeat line. Most callers call about one matter: the first is held directly, others in a short
 * array; the off-hours ring exists only once the caller calls off hours.
 */
final class CallerWindow {
    /** One matter: its recent call starts (the ring), and the most within one window. */
    static final class MatterWindow extends LongRing {
        final long key;
        /** The matter's text, kept once it reaches the repeat line ({@code null} also for "no matter"). */
        String matter;
        int most;
        long lineReached;

        MatterWindow(long key) {
            this.key = key;
        }
    }

    final long h1;
    final long h2;
    final String organization;
    final long windowSeconds;
    /** The caller's number, kept once there is a finding to write. */
    String caller;
    long last;
    long calls;
    long longCalls;
    LongRing offHours;
    int mostOffHours;
    /** The most calls on any one matter within one window. */
    int mostOnAMatter;
    private MatterWindow first;
    private MatterWindow[] more;
    private int moreCount;
    /** Written out and forgotten: an expiry-queue entry that still points here is skipped. */
    boolean closed;

    CallerWindow(long h1, long h2, String organization, long windowSeconds) {
        this.h1 = h1;
        this.h2 = h2;
        this.organization = organization;
        this.windowSeconds = windowSeconds;
    }

    /** @return the matter's key: a 64-bit hash of its text, 0 for none */
    static long matterKey(String matter) {
        return matter == null ? 0 : CallerTable.hash1(matter) | 1;
    }

    /** @return the window of the matter with this key, added when new */
    MatterWindow matter(long key) {
        if (first == null) {
            first = new MatterWindow(key);
            return first;
        }
        if (first.key == key) {
            return first;
        }
        for (int i = 0; i < moreCount; i++) {
            if (more[i].key == key) {
                return more[i];
            }
        }
        if (more == null) {
            more = new MatterWindow[2];
        } else if (moreCount == more.length) {
            more = Arrays.copyOf(more, moreCount * 2);
        }
        MatterWindow added = new MatterWindow(key);
        more[moreCount++] = added;
        return added;
    }

    /** @return the caller's matters, in the order they first came up */
    List<MatterWindow> matters() {
        List<MatterWindow> all = new ArrayList<>(1 + moreCount);
        if (first != null) {
            all.add(first);
        }
        for (int i = 0; i < moreCount; i++) {
            all.add(more[i]);
        }
        return all;
    }

    /** @return the ring of off-hours call starts, made on first use */
    LongRing offHours() {
        if (offHours == null) {
            offHours = new LongRing();
        }
        return offHours;
    }
}
