// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

/** What moves the call monitor's minute timers (a running call's 50- and 60-minute lines) between events. */
public enum TimerClock {
    /**
     * The wall clock: a punctuation every interval moves every caller to the instance's current time, so a call
     * that sends no more events still reaches its line on time. For live call centres.
     */
    WALL_CLOCK,
    /**
     * The events' own time ({@code at}): timers run as the newest event time a task has seen moves on. For
     * replays and tests; a quiet partition holds its timers back.
     */
    EVENT_TIME
}
