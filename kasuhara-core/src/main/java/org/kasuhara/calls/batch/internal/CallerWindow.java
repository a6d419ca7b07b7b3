package org.kasuhara.calls.batch.internal;

import java.util.HashMap;
import java.util.Map;

/** One caller's calls within the repeat window, and what they crossed so far. */
final class CallerWindow {
    /** One matter: its recent call starts, and the most within one window. */
    static final class MatterWindow {
        final LongRing starts = new LongRing();
        int most;
        long lineReached;
    }

    final String caller;
    final String organization;
    final long windowSeconds;
    long last;
    long calls;
    long longCalls;
    final LongRing offHours = new LongRing();
    int mostOffHours;
    final Map<String, MatterWindow> matters = new HashMap<>(2);

    CallerWindow(String caller, String organization, long windowSeconds) {
        this.caller = caller;
        this.organization = organization;
        this.windowSeconds = windowSeconds;
    }
}
