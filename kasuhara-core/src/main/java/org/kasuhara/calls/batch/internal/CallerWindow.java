package org.kasuhara.calls.batch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One caller's calls within the repeat window, and what they crossed so far. Kept small and flat: most callers
 * call about one matter, so the first is held directly and others in a short array searched in order, not a map, and the off-hours
 * ring exists only once the caller calls off hours.
 */
final class CallerWindow {
    /** One matter: its recent call starts (the ring), and the most within one window. */
    static final class MatterWindow extends LongRing {
        final String matter;
        int most;
        long lineReached;

        MatterWindow(String matter) {
            this.matter = matter;
        }
    }

    final String caller;
    final String organization;
    final long windowSeconds;
    long last;
    long calls;
    long longCalls;
    LongRing offHours;
    int mostOffHours;
    /** The first matter, held directly: most callers call about one. */
    private MatterWindow first;
    private MatterWindow[] more;
    private int moreCount;
    /** The most calls on any one matter within one window. */
    int mostOnAMatter;
    /** Written out and forgotten: an expiry-queue entry that still points here is skipped. */
    boolean closed;

    CallerWindow(String caller, String organization, long windowSeconds) {
        this.caller = caller;
        this.organization = organization;
        this.windowSeconds = windowSeconds;
    }

    /** @return the window of the matter ({@code null} for none), added when new */
    MatterWindow matter(String matter) {
        if (first == null) {
            first = new MatterWindow(matter);
            return first;
        }
        if (Objects.equals(first.matter, matter)) {
            return first;
        }
        for (int i = 0; i < moreCount; i++) {
            if (Objects.equals(more[i].matter, matter)) {
                return more[i];
            }
        }
        if (more == null) {
            more = new MatterWindow[2];
        } else if (moreCount == more.length) {
            more = Arrays.copyOf(more, moreCount * 2);
        }
        MatterWindow added = new MatterWindow(matter);
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
