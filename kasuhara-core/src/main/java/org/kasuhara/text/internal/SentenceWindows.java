package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a text worth tokenizing: around each trigger, the sentence that contains it, cut at
 * {@code maxReach} characters either side so that a transcript without punctuation stays cheap. Overlapping windows
 * are merged.
 */
final class SentenceWindows {
    private SentenceWindows() {
    }

    /**
     * @return {start, end} windows in text order, not overlapping
     */
    static List<int[]> around(String text, TermAutomaton triggers, int maxReach) {
        List<int[]> windows = new ArrayList<>();
        triggers.findAll(text, (pattern, start, end) -> {
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && start >= last[0] && end <= last[1]) {
                return;
            }
            int from = start;
            while (from > 0 && start - from < maxReach && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
                from--;
            }
            int to = end;
            while (to < text.length() && to - end < maxReach && !CharClasses.isSentenceEnd(text.charAt(to))) {
                to++;
            }
            if (to < text.length() && CharClasses.isSentenceEnd(text.charAt(to))) {
                to++;
            }
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from--;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
                last[0] = Math.min(last[0], from);
            } else {
                windows.add(new int[] {from, to});
            }
        });
        return windows;
    }
}
