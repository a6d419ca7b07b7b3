// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One caller's calls within the repeat window, and what they crossed so far. Kept small, since a large file holds
 * hundreds of thousands at once: the caller is known by the hash its table keys it by, and their number is kept
 * only once they have a finding to report; matters likewise by a 64-bit hash of their text, their text kept once
 * they reach the repeat line. Most callers call about one matter, so a caller's window is also the window of the
 * first matter they called about (one object, one memory access); other matters are in a short array; the
 * off-hours ring exists only once the caller calls off hours.
 */
final class CallerWindow extends MatterWindow {
    final long h1;
    final long h2;
    final String organization;
    final int windowSeconds;
    /** The caller's number, kept once there is a finding to write. */
    String caller;
    long last;
    int calls;
    int longCalls;
    LongRing offHours;
    int mostOffHours;
    /** The most calls on any one matter within one window. */
    int mostOnAMatter;
    private MatterWindow[] more;
    private int moreCount;
    /** Written out and forgotten: an expiry-queue entry that still points here is skipped. */
    boolean closed;

    CallerWindow(long h1, long h2, String organization, int windowSeconds, long firstMatter) {
        super(firstMatter);
        this.h1 = h1;
        this.h2 = h2;
        this.organization = organization;
        this.windowSeconds = windowSeconds;
    }

    /** @return the window of the matter with this key, added when new */
    MatterWindow matter(long key) {
        if (this.key == key) {
            return this;
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
        all.add(this);
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
